using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Application;

/// <summary>
/// Whether a caller may administer the users of an organization. <see cref="NotFound"/> when they
/// may not even see it (other tenants' ids are never confirmed), <see cref="Forbidden"/> when they
/// see it but lack the right, <see cref="Conflict"/> when the organization itself rules it out.
/// </summary>
public sealed record AccessDecision(AccessOutcome Outcome, ProblemMessage? Problem = null)
{
    public static readonly AccessDecision Allowed = new(AccessOutcome.Allowed);
    public static readonly AccessDecision NotFound = new(AccessOutcome.NotFound);

    public static AccessDecision Forbidden(ProblemMessage problem) => new(AccessOutcome.Forbidden, problem);

    public static AccessDecision Conflict(ProblemMessage problem) => new(AccessOutcome.Conflict, problem);

    public bool IsAllowed => Outcome == AccessOutcome.Allowed;
}

public enum AccessOutcome
{
    Allowed,
    NotFound,
    Forbidden,
    Conflict,
}
