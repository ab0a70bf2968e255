namespace Portal.Contracts.Organizations;

/// <summary>A department of the provider was renamed.</summary>
public sealed record DepartmentRenamed(Guid DepartmentId, Guid ProviderId, string Name) : IIntegrationEvent;

/// <summary>A department was archived; its name is free again.</summary>
public sealed record DepartmentArchived(Guid DepartmentId, Guid ProviderId) : IIntegrationEvent;
