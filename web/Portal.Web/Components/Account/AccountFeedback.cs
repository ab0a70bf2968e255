using System.Net;

namespace Portal.Web.Components.Account;

/// <summary>
/// Turns identity's answers into the words of the page's language. Identity is asked for its problem
/// details in the page's language (Accept-Language); the English messages of an older identity are
/// still recognised here and said in the page's language, anything else is shown as identity wrote it.
/// </summary>
public static class AccountFeedback
{
    /// <summary>Identity's PasswordPolicy (NIST SP 800-63B): length only, plus a list of common passwords.</summary>
    public const int PasswordMinimumLength = 12;

    public const int PasswordMaximumLength = 128;

    /// <summary>A link's token is refused: 410 Gone (used, expired, unknown) or a validation error on <c>token</c>.</summary>
    public static LinkProblem LinkProblemOf(AccountApiResult result)
    {
        var tokenErrors = result.ErrorsFor("token");
        if (result.Status != HttpStatusCode.Gone && tokenErrors.Length == 0)
        {
            return LinkProblem.None;
        }

        // The stable codes say it in any language ("link_used", "link_expired"); identity's English words are
        // the fallback for an answer without codes.
        var codes = string.Join(' ', [result.Code, .. result.CodesFor("token")]);
        if (codes.Contains("used", StringComparison.OrdinalIgnoreCase))
        {
            return LinkProblem.Used;
        }

        if (codes.Contains("expired", StringComparison.OrdinalIgnoreCase))
        {
            return LinkProblem.Expired;
        }

        var text = string.Join(' ', [result.Title, result.Detail, .. tokenErrors]);
        if (text.Contains("used", StringComparison.OrdinalIgnoreCase))
        {
            return LinkProblem.Used;
        }

        return text.Contains("expired", StringComparison.OrdinalIgnoreCase) ? LinkProblem.Expired : LinkProblem.Invalid;
    }

    /// <summary>The field's messages, in the page's language where identity's wording is known.</summary>
    public static string[] FieldErrors(AccountApiResult? result, string field, AccountLocalizer text) =>
        result is null ? [] : [.. result.ErrorsFor(field).Select(message => Translate(message, text))];

    /// <summary>A message for the whole form when the answer is neither success nor about a field or the link.</summary>
    public static string? FormError(AccountApiResult? result, AccountLocalizer text, params string[] fieldsShownOnThePage)
    {
        if (result is null || result.Succeeded || LinkProblemOf(result) != LinkProblem.None)
        {
            return null;
        }

        if (result.IsUnreachable)
        {
            return text["Unreachable"];
        }

        if (fieldsShownOnThePage.Any(field => result.ErrorsFor(field).Length > 0))
        {
            return null;
        }

        var reason = result.Detail ?? result.Title;
        return reason is null ? text["FailedUnknown"] : text.Format("Failed", reason);
    }

    private static string Translate(string message, AccountLocalizer text) => message switch
    {
        _ when message.StartsWith("A password needs at least", StringComparison.Ordinal) => text.Format("PasswordTooShort", PasswordMinimumLength),
        _ when message.StartsWith("A password may have at most", StringComparison.Ordinal) => text.Format("PasswordTooLong", PasswordMaximumLength),
        _ when message.Contains("most common", StringComparison.Ordinal) => text["PasswordCommon"],
        "Give a valid e-mail address." => text["EmailInvalid"],
        _ => message,
    };
}
