using Microsoft.AspNetCore.Http.HttpResults;
using Portal.ServiceDefaults.Errors;

namespace Assets.Api.Apis.Common;

/// <summary>The assets API's problem answers; each goes through <see cref="PortalProblems"/>, so each carries its code.</summary>
public static class Problems
{
    /// <summary>409; with a <paramref name="field"/>, the problem names the field as a validation problem does.</summary>
    public static ProblemHttpResult Conflict(ProblemMessage message, string? field = null) =>
        PortalProblems.Of(StatusCodes.Status409Conflict, message, field);

    public static ProblemHttpResult Forbidden(ProblemMessage message) =>
        PortalProblems.Of(StatusCodes.Status403Forbidden, message);

    /// <summary>404 as problem details; another customer's ids answer exactly like ids that do not exist.</summary>
    public static ProblemHttpResult NotFound(ProblemMessage message) =>
        PortalProblems.Of(StatusCodes.Status404NotFound, message);

    /// <summary>400 naming one bad field.</summary>
    public static ValidationProblem Invalid(string field, FieldMessage message) => PortalProblems.Invalid(field, message);
}
