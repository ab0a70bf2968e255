namespace Portal.Web.Api;

public sealed record CustomerDto(
    Guid Id, string Name, string Slug, string Type, Guid? DepartmentId, bool Independent, bool Archived, DateTimeOffset CreatedAt, DateTimeOffset? ArchivedAt);

public sealed record CustomerPageDto(IReadOnlyList<CustomerDto> Items, int Total, int Page, int PageSize);

public sealed record CreateCustomerDto(string Name, string Type, string? Slug, Guid? DepartmentId);

/// <summary>All three are sent: a null department removes it, as the PATCH expects.</summary>
public sealed record UpdateCustomerDto(string Name, string Slug, Guid? DepartmentId);

public sealed record DepartmentDto(Guid Id, string Name, DateTimeOffset CreatedAt);

/// <summary>What anyone may learn from a customer's address before signing in.</summary>
public sealed record CustomerGreetingDto(string Name, string Slug);
