namespace Portal.Contracts.Organizations;

/// <summary>The provider organization was created (once, at the first start of the tenants service).</summary>
public sealed record ProviderCreated(Guid ProviderId, string Name) : IIntegrationEvent;
