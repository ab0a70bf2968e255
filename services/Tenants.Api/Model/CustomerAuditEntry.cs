namespace Tenants.Api.Model;

/// <summary>Who changed a customer, how and when; never updated or deleted.</summary>
public sealed class CustomerAuditEntry
{
    public const int SubjectMaxLength = 100;

    public Guid Id { get; init; }
    public Guid CustomerId { get; init; }
    public Guid ProviderId { get; init; }

    /// <summary>One of <see cref="CustomerAuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The token's <c>sub</c>: the user the change was made as.</summary>
    public required string Actor { get; init; }

    /// <summary>The token's <c>act</c> subject: the real person while they impersonated <see cref="Actor"/>, else null.</summary>
    public string? ImpersonatedBy { get; init; }

    /// <summary>What changed, for changes that are not obvious from the action (e.g. "name, slug").</summary>
    public string? Details { get; init; }

    public DateTimeOffset OccurredAt { get; init; }
}
