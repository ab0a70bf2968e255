using Assets.Api.Model;
using Portal.ServiceDefaults.OpenApi;

namespace Assets.Api.Apis.Objects;

[OpenApiExample("""
    { "customerId": "0193f1a0-0000-7000-8000-00000000c001", "name": "Head office", "address": "Lindenstraße 12, 10969 Berlin" }
    """)]
public sealed record CreateObjectRequest(Guid? CustomerId, Guid? DepartmentId, string? Name, string? Address);

/// <summary>Only the fields sent change.</summary>
public sealed record UpdateObjectRequest(Guid? DepartmentId, string? Name, string? Address);

public sealed record ObjectResponse(
    Guid Id, Guid CustomerId, Guid? DepartmentId, string Name, string? Address, DateTimeOffset CreatedAt, bool Archived)
{
    public static ObjectResponse From(Site o) => new(o.Id, o.CustomerId, o.DepartmentId, o.Name, o.Address, o.CreatedAt, o.ArchivedAt != null);
}

public sealed record ObjectListParameters(string? Page, string? PageSize, string? Sort, string? Text, string? Archived, string? CustomerId, string? DepartmentId);
