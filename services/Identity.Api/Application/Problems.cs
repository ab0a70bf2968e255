using Microsoft.AspNetCore.Http.HttpResults;

namespace Identity.Api.Application;

/// <summary>The problem details identity answers with, so that the same situation reads the same everywhere.</summary>
public static class Problems
{
    public static ProblemHttpResult NotSignedIn() =>
        TypedResults.Problem(title: "Your account can no longer use the portal.", statusCode: StatusCodes.Status401Unauthorized);

    /// <summary>Also the answer for other organizations' ids: their existence is never confirmed.</summary>
    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Not found.", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Forbidden(string detail, string? field = null) =>
        TypedResults.Problem(
            title: "You may not do this.",
            detail: detail,
            statusCode: StatusCodes.Status403Forbidden,
            extensions: field is null ? null : new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });

    public static ProblemHttpResult Conflict(string title, string detail, string? field = null) =>
        TypedResults.Problem(
            title: title,
            detail: detail,
            statusCode: StatusCodes.Status409Conflict,
            extensions: field is null ? null : new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });

    public static ProblemHttpResult Gone(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status410Gone);

    public static ProblemHttpResult EmailTaken() =>
        Conflict("The e-mail address is taken.", "Another account already uses this e-mail address.", "email");

    public static ProblemHttpResult AccountNameTaken() =>
        Conflict("The account name is taken.", "Another account already uses this account name.", "accountName");
}
