using Microsoft.AspNetCore.Http.HttpResults;

namespace Tenants.Api.Apis;

internal static class Problems
{
    public static ValidationProblem Invalid(string field, string error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [error] });

    /// <summary>409 naming the field in conflict, like a validation problem, plus any extra hints.</summary>
    public static ProblemHttpResult Conflict(string title, string field, string error, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>())
        {
            ["errors"] = new Dictionary<string, string[]> { [field] = [error] },
        };
        return TypedResults.Problem(title: title, detail: error, statusCode: StatusCodes.Status409Conflict, extensions: all);
    }
}
