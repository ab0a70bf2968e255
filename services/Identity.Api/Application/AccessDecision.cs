namespace Identity.Api.Application;

/// <summary>
/// Whether a caller may administer the users of an organization. <see cref="NotFound"/> when they
/// may not even see it (other tenants' ids are never confirmed), <see cref="Forbidden"/> when they
/// see it but lack the right, <see cref="Conflict"/> when the organization itself rules it out.
/// </summary>
public sealed record AccessDecision(AccessOutcome Outcome, string? Title = null, string? Detail = null)
{
    public static readonly AccessDecision Allowed = new(AccessOutcome.Allowed);
    public static readonly AccessDecision NotFound = new(AccessOutcome.NotFound);

    public static AccessDecision Forbidden(string detail) => new(AccessOutcome.Forbidden, "You may not do this.", detail);

    public static AccessDecision Conflict(string title, string detail) => new(AccessOutcome.Conflict, title, detail);

    public bool IsAllowed => Outcome == AccessOutcome.Allowed;
}

public enum AccessOutcome
{
    Allowed,
    NotFound,
    Forbidden,
    Conflict,
}
