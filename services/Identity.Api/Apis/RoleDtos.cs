namespace Identity.Api.Apis;

public sealed record CreateRoleRequest(string? Name, IReadOnlyList<string>? Permissions);

/// <summary>A role the provider can hand out: built-in (no id) or custom.</summary>
public sealed record RoleResponse(Guid? Id, string Name, string Role, bool BuiltIn, IReadOnlyList<string> Permissions);
