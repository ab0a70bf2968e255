using System.Net;

namespace Portal.Web.Components.Account;

/// <summary>
/// Turns identity's answers into the words of the page's language. Identity is asked for its problem
/// details in the page's language (Accept-Language) and answers with stable codes, which decide what the
/// page says about a link.
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

        // Identity's stable codes say which; an unknown or malformed token is simply invalid.
        string[] codes = [result.Code ?? "", .. result.CodesFor("token")];
        return codes.Any(UsedCodes.Contains) ? LinkProblem.Used
            : codes.Any(ExpiredCodes.Contains) ? LinkProblem.Expired
            : LinkProblem.Invalid;
    }

    /// <summary>Identity's codes for a link that was used already (set-password or reset link, invitation).</summary>
    private static readonly HashSet<string> UsedCodes = new(StringComparer.Ordinal) { "link_used", "invitation_used" };

    private static readonly HashSet<string> ExpiredCodes = new(StringComparer.Ordinal) { "link_expired", "invitation_expired" };

    /// <summary>The field's messages, as identity wrote them in the page's language.</summary>
    public static string[] FieldErrors(AccountApiResult? result, string field) =>
        result is null ? [] : result.ErrorsFor(field);

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
}
