namespace Identity.Api.Model;

/// <summary>Identity's copy of an organization (from tenants' events): users belong to one.</summary>
public sealed class Organization
{
    public Guid Id { get; init; }

    /// <summary><c>provider</c> or <c>customer</c> (<see cref="Portal.Contracts.Security.OrganizationKinds"/>).</summary>
    public required string Kind { get; set; }
    public required string Name { get; set; }

    /// <summary>Customers: the provider that serves them.</summary>
    public Guid? ProviderId { get; set; }

    /// <summary>Customers: <c>corporate</c> or <c>individual</c>; only corporate customers have portal users.</summary>
    public string? CustomerType { get; set; }
    public string? Slug { get; set; }
    public Guid? DepartmentId { get; set; }

    /// <summary>An independent customer administers its own users; the provider no longer does.</summary>
    public bool Independent { get; set; }

    /// <summary>
    /// Every user must sign in with a second factor. Until a user has enrolled, they may sign in but
    /// their permissions are empty: they can only enrol (see <see cref="Application.UserAccess"/>).
    /// </summary>
    public bool RequireTwoFactor { get; set; }

    /// <summary>
    /// A managed customer's choice that provider staff may "view as" its users only with its administrators'
    /// approval (<see cref="SupportAccessRequest"/>); independent customers always decide.
    /// </summary>
    public bool SupportAccessNeedsApproval { get; set; }

    public bool DecidesSupportAccess => Independent || SupportAccessNeedsApproval;
    public DateTimeOffset? ArchivedAt { get; set; }
}
