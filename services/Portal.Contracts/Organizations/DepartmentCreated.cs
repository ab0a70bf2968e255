namespace Portal.Contracts.Organizations;

/// <summary>A department (branch, "Niederlassung") of the provider was created.</summary>
public sealed record DepartmentCreated(Guid DepartmentId, Guid ProviderId, string Name) : IIntegrationEvent;
