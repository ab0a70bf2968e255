namespace Assets.Api.Apis.Access;

/// <summary>A person as "who can see this" names them. E-mail addresses of provider staff are not shown to customers.</summary>
public sealed record AccessPersonResponse(Guid UserId, string? Name, string? Email, Guid OrganizationId, string OrganizationKind, string Role);

/// <summary>One link of the chain that lets a person see a record (<see cref="GrantKinds"/>); <c>Value</c> is the role, permission or area name, or the record's name.</summary>
public sealed record AccessGrantResponse(string Kind, string? Value, Guid? Id = null);

public sealed record PersonWhoSeesResponse(AccessPersonResponse Person, IReadOnlyList<AccessGrantResponse> Grants);

/// <summary>Someone of the record's customer or provider who does not see it: the first rule that stops them, as code and sentence.</summary>
public sealed record PersonWhoDoesNotSeeResponse(AccessPersonResponse Person, string Reason, string Message);

public sealed record ExplainedItemResponse(string Kind, Guid Id, string Name, Guid CustomerId, string? CustomerName, Guid ObjectId, string? ObjectName);

/// <summary>"Who can see this, and why": everyone who gets the record, and (to the caller's own organization) who does not.</summary>
public sealed record ItemAccessResponse(ExplainedItemResponse Item, IReadOnlyList<PersonWhoSeesResponse> People, IReadOnlyList<PersonWhoDoesNotSeeResponse> Others);

public sealed record NamedReference(Guid Id, string Name);

/// <summary>One kind of record for one person: open when their role grants the permission and the area is theirs.</summary>
public sealed record AreaAccessResponse(string Kind, string Permission, string PortalArea, bool Open, string? Reason, string? Message);

/// <summary>
/// Whose records a person reaches. <c>Through</c>: <c>organization</c> (a customer's user: their own),
/// <c>all-customers</c>, <c>accessible-customers</c> or <c>departments</c> (staff). <c>Customers</c> lists those the caller may see too.
/// </summary>
public sealed record CustomerReachResponse(string Through, IReadOnlyList<NamedReference> Customers, IReadOnlyList<NamedReference> Departments);

/// <summary>Null <c>Assigned</c>: every object of their customers; otherwise only these.</summary>
public sealed record ObjectReachResponse(IReadOnlyList<NamedReference>? Assigned);

/// <summary>"What can this person see, and through which grant."</summary>
public sealed record PersonAccessResponse(
    AccessPersonResponse Person, bool Active, string? InactiveReason, IReadOnlyList<AreaAccessResponse> Areas,
    CustomerReachResponse Reach, ObjectReachResponse Objects);

/// <summary>The kinds of <see cref="AccessGrantResponse"/>, in the order the chain reads.</summary>
public static class GrantKinds
{
    public const string Organization = "organization";
    public const string ProviderStaff = "provider-staff";
    public const string Role = "role";
    public const string Permission = "permission";
    public const string PortalArea = "portal-area";
    public const string AllObjects = "all-objects";
    public const string AssignedObject = "assigned-object";
    public const string AllCustomers = "all-customers";
    public const string AccessibleCustomer = "accessible-customer";
    public const string Department = "department";
}
