using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Portal.ServiceDefaults.Errors;

/// <summary>
/// The one way a service answers with a problem: every answer carries its <c>code</c>, and its words are in
/// the language of the request (the culture <see cref="Localization.RequestLanguageExtensions"/> chose).
/// </summary>
public static class PortalProblems
{
    /// <summary>The extension member holding the problem's stable code.</summary>
    public const string CodeMember = "code";

    /// <summary>The extension member holding each field's codes, beside <c>errors</c>.</summary>
    public const string ErrorCodesMember = "errorCodes";

    /// <summary>
    /// A problem of <paramref name="status"/>. With a <paramref name="field"/>, the problem also names the
    /// field the way a validation problem does, so that a form can show it there.
    /// </summary>
    public static ProblemHttpResult Of(int status, ProblemMessage message, string? field = null, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(ToProblemDetails(status, message, field, extensions));

    public static ProblemDetails ToProblemDetails(int status, ProblemMessage message, string? field = null, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = message.Title.Current, Detail = message.Detail?.Current };
        foreach (var (name, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }

        problem.Extensions[CodeMember] = message.Code;
        if (field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message.Explanation.Current] };
            problem.Extensions[ErrorCodesMember] = new Dictionary<string, string[]> { [field] = [message.Code] };
        }

        return problem;
    }

    /// <summary>400 naming every bad field, with a code per field.</summary>
    public static ValidationProblem Validation(FieldErrors errors, ProblemMessage? message = null) =>
        TypedResults.ValidationProblem(
            errors.Messages(),
            title: (message ?? CommonProblems.ValidationFailed).Title.Current,
            detail: message?.Detail?.Current,
            extensions: new Dictionary<string, object?>
            {
                [CodeMember] = (message ?? CommonProblems.ValidationFailed).Code,
                [ErrorCodesMember] = errors.Codes(),
            });

    /// <summary>400 naming one bad field.</summary>
    public static ValidationProblem Invalid(string field, FieldMessage message) => Validation(FieldErrors.Of(field, message));

    /// <summary>The same as a <see cref="HttpValidationProblemDetails"/>, for middleware and exception handlers.</summary>
    public static HttpValidationProblemDetails ToValidationProblemDetails(FieldErrors errors, ProblemMessage? message = null)
    {
        message ??= CommonProblems.ValidationFailed;
        var problem = new HttpValidationProblemDetails(errors.Messages())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = message.Title.Current,
            Detail = message.Detail?.Current,
        };
        problem.Extensions[CodeMember] = message.Code;
        problem.Extensions[ErrorCodesMember] = errors.Codes();
        return problem;
    }
}
