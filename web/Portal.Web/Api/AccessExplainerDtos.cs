namespace Portal.Web.Api;

public sealed record AccessPersonDto(Guid UserId, string? Name, string? Email, Guid OrganizationId, string OrganizationKind, string Role)
{
    public bool IsProviderStaff => OrganizationKind == "provider";
}

/// <summary>One link of the chain; <c>Kind</c> as the assets API names it (organization, role, permission, portal-area, ...).</summary>
public sealed record AccessGrantDto(string Kind, string? Value, Guid? Id);

public sealed record PersonWhoSeesDto(AccessPersonDto Person, IReadOnlyList<AccessGrantDto> Grants);

public sealed record PersonWhoDoesNotSeeDto(AccessPersonDto Person, string Reason, string Message);

public sealed record ExplainedItemDto(string Kind, Guid Id, string Name, Guid CustomerId, string? CustomerName, Guid ObjectId, string? ObjectName);

public sealed record ItemAccessDto(ExplainedItemDto Item, IReadOnlyList<PersonWhoSeesDto> People, IReadOnlyList<PersonWhoDoesNotSeeDto> Others);

public sealed record NamedReferenceDto(Guid Id, string Name);

public sealed record AreaAccessDto(string Kind, string Permission, string PortalArea, bool Open, string? Reason, string? Message);

public sealed record CustomerReachDto(string Through, IReadOnlyList<NamedReferenceDto> Customers, IReadOnlyList<NamedReferenceDto> Departments);

public sealed record ObjectReachDto(IReadOnlyList<NamedReferenceDto>? Assigned);

public sealed record PersonAccessDto(
    AccessPersonDto Person, bool Active, string? InactiveReason, IReadOnlyList<AreaAccessDto> Areas, CustomerReachDto Reach, ObjectReachDto Objects);
