using Tenants.Api.Model;
using Portal.ServiceDefaults.OpenApi;

namespace Tenants.Api.Apis;

/// <param name="Slug">Optional; derived from the name when absent.</param>
[OpenApiExample("""
    { "name": "Lindenhof Facility GmbH", "type": "corporate", "slug": "lindenhof" }
    """)]
public sealed record CreateCustomerRequest(string? Name, string? Type, string? Slug, Guid? DepartmentId);

/// <summary>Absent fields keep their value; <c>"departmentId": null</c> removes the department.</summary>
public sealed record UpdateCustomerRequest(string? Name, string? Type, string? Slug, Optional<Guid?> DepartmentId);

public sealed record CustomerResponse(
    Guid Id, string Name, string Slug, string Type, Guid? DepartmentId, bool Independent, bool Archived, DateTimeOffset CreatedAt, DateTimeOffset? ArchivedAt)
{
    public static CustomerResponse From(Customer customer) => new(
        customer.Id, customer.Name, customer.Slug, customer.Type.ToName(), customer.DepartmentId,
        customer.Independent, customer.ArchivedAt is not null, customer.CreatedAt, customer.ArchivedAt);
}

/// <summary>The query of the customer list; text, so that a bad number is a 400 naming the field.</summary>
public sealed record CustomerListQuery(string? Search, string? Page, string? PageSize, string? IncludeArchived);

public sealed record CustomerPage(IReadOnlyList<CustomerResponse> Items, int Total, int Page, int PageSize);

/// <summary>What anyone may learn from a slug: enough for a sign-in page to greet the customer.</summary>
public sealed record CustomerBySlugResponse(string Name, string Slug);

public sealed record CustomerAuditEntryResponse(
    Guid Id, string Action, string Actor, string? ImpersonatedBy, string? Details, DateTimeOffset OccurredAt);
