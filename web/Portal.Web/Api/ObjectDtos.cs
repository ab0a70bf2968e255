namespace Portal.Web.Api;

public sealed record ObjectFilterDto(string? Text, Guid? CustomerId, Guid? DepartmentId);

public sealed record CreateObjectDto(Guid? CustomerId, Guid? DepartmentId, string Name, string? Address);

/// <summary>An empty address clears it; null leaves it unchanged.</summary>
public sealed record UpdateObjectDto(Guid? DepartmentId, string? Name, string? Address);
