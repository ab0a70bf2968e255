using Assets.Api.Model;

namespace Assets.Api.Apis.Objects;

public sealed record CreateObjectRequest(Guid? CustomerId, Guid? DepartmentId, string? Name, string? Address);

/// <summary>Only the fields sent change.</summary>
public sealed record UpdateObjectRequest(Guid? DepartmentId, string? Name, string? Address);

public sealed record ObjectResponse(
    Guid Id, Guid CustomerId, Guid? DepartmentId, string Name, string? Address, DateTimeOffset CreatedAt, bool Archived)
{
    public static ObjectResponse From(Site o) => new(o.Id, o.CustomerId, o.DepartmentId, o.Name, o.Address, o.CreatedAt, o.ArchivedAt != null);
}

public sealed record ObjectListParameters(string? Page, string? PageSize, string? Sort, string? Text, string? Archived, string? CustomerId, string? DepartmentId);
