namespace Tenants.Api.Apis;

public sealed record CreateDepartmentRequest(string? Name);

public sealed record DepartmentResponse(Guid Id, string Name, DateTimeOffset CreatedAt);

public sealed record RenameDepartmentRequest(string? Name);
