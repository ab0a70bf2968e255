namespace Portal.Contracts.Organizations;

// Customer events carry the whole current state that other services keep in their own copy, so a
// consumer never needs to ask the tenants service.

/// <summary>A customer was created by its provider.</summary>
public sealed record CustomerCreated(
    Guid CustomerId, Guid ProviderId, string Name, string Slug, string Type, Guid? DepartmentId, bool Independent) : IIntegrationEvent;

/// <summary>A customer's name, slug, type or department changed.</summary>
public sealed record CustomerUpdated(
    Guid CustomerId, Guid ProviderId, string Name, string Slug, string Type, Guid? DepartmentId, bool Independent) : IIntegrationEvent;

/// <summary>The customer administers itself from now on; the provider keeps serving it.</summary>
public sealed record CustomerBecameIndependent(Guid CustomerId, Guid ProviderId) : IIntegrationEvent;

/// <summary>A provider administrator explicitly made an independent customer managed again.</summary>
public sealed record CustomerIndependenceReverted(Guid CustomerId, Guid ProviderId) : IIntegrationEvent;

/// <summary>The customer was archived: hidden from lists, its users can no longer sign in.</summary>
public sealed record CustomerArchived(Guid CustomerId, Guid ProviderId) : IIntegrationEvent;
