using System.Text.Json.Serialization;

namespace Portal.Web.Api;

public sealed record AccessPersonDto(Guid UserId, string? Name, string? Email, Guid OrganizationId, string OrganizationKind, string Role)
{
    [JsonIgnore]
    public bool IsProviderStaff => OrganizationKind == "provider";
}

/// <summary>The kinds of record the explainer knows; each is an assets collection of the same name, and a portal area.</summary>
public enum ExplainedCollection
{
    Devices,
    Objects,
    Tickets,
    VideoSessions,
}

public static class ExplainedCollections
{
    /// <summary>As the API's paths (and the portal's areas) name it: devices, objects, tickets, video-sessions.</summary>
    public static string PathName(this ExplainedCollection collection) => collection switch
    {
        ExplainedCollection.VideoSessions => "video-sessions",
        _ => collection.ToString().ToLowerInvariant(),
    };

    public static ExplainedCollection? FromPathName(string name) =>
        Enum.GetValues<ExplainedCollection>().Cast<ExplainedCollection?>().FirstOrDefault(c => c!.Value.PathName() == name);
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
