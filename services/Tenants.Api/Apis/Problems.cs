using Microsoft.AspNetCore.Http.HttpResults;
using Portal.ServiceDefaults.Errors;

namespace Tenants.Api.Apis;

/// <summary>The tenants API's problem answers; each goes through <see cref="PortalProblems"/>, so each carries its code.</summary>
internal static class Problems
{
    public static ValidationProblem Invalid(string field, FieldMessage message) => PortalProblems.Invalid(field, message);

    /// <summary>409 naming the field in conflict, like a validation problem, plus any extra hints.</summary>
    public static ProblemHttpResult Conflict(ProblemMessage message, string field, IDictionary<string, object?>? extensions = null) =>
        PortalProblems.Of(StatusCodes.Status409Conflict, message, field, extensions);
}
