using Microsoft.AspNetCore.Http.HttpResults;

namespace Identity.Api.Application;

public static class AccessDecisionResults
{
    /// <summary>The refusal as problem details (only for decisions that are not <see cref="AccessDecision.Allowed"/>).</summary>
    public static ProblemHttpResult ToProblem(this AccessDecision decision) => decision.Outcome switch
    {
        AccessOutcome.NotFound => Problems.NotFound(),
        AccessOutcome.Forbidden => Problems.Forbidden(decision.Problem!),
        AccessOutcome.Conflict => Problems.Conflict(decision.Problem!),
        _ => throw new InvalidOperationException("An allowed decision has no refusal."),
    };
}
