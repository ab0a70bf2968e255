using Microsoft.AspNetCore.Http.HttpResults;

namespace Assets.Api.Apis.Common;

public static class Problems
{
    public static ProblemHttpResult Conflict(string title, string detail, string? field = null) => TypedResults.Problem(
        title: title,
        detail: detail,
        statusCode: StatusCodes.Status409Conflict,
        extensions: field is null ? null : new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(title: "Forbidden", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    /// <summary>404 as problem details; another customer's ids answer exactly like ids that do not exist.</summary>
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(title: "Not found", detail: $"No {what} with this id.", statusCode: StatusCodes.Status404NotFound);
}
