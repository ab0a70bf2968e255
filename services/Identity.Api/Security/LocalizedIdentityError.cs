using Microsoft.AspNetCore.Identity;
using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Security;

/// <summary>
/// An ASP.NET Core Identity error that keeps its catalogued <see cref="Message"/>, so that an answer can name the
/// field's code beside the words. <see cref="IdentityError.Code"/> stays Identity's own (DuplicateEmail, ...), which
/// the code that reads results compares with.
/// </summary>
public sealed class LocalizedIdentityError : IdentityError
{
    public LocalizedIdentityError(string identityCode, FieldMessage message)
    {
        Code = identityCode;
        Description = message.Text.Current;
        Message = message;
    }

    public FieldMessage Message { get; }

    /// <summary>
    /// The catalogued message of any Identity error; one made elsewhere (by a describer that is not ours) keeps
    /// its words in both languages, under its code in lower_snake_case.
    /// </summary>
    public static FieldMessage MessageOf(IdentityError error) => error is LocalizedIdentityError localized
        ? localized.Message
        : new FieldMessage(SnakeCase(error.Code), error.Description, error.Description);

    /// <summary>Each error of a failed Identity result, named under <paramref name="field"/>.</summary>
    public static FieldErrors ToFieldErrors(string field, IdentityResult result)
    {
        var errors = new FieldErrors();
        foreach (var error in result.Errors)
        {
            errors.Add(field, MessageOf(error));
        }

        return errors;
    }

    private static string SnakeCase(string code) =>
        string.Concat(code.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
