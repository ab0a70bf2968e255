namespace Portal.Contracts.Assets;

// Asset events carry the customer, the object and (where there is one) the device, so that the
// notifications service can choose recipients (customer users restricted to objects) without asking.

/// <summary>An object (a customer's site) was created.</summary>
public sealed record ObjectCreated(Guid ObjectId, Guid CustomerId, Guid ProviderId, Guid? DepartmentId, string Name, string? Address) : IIntegrationEvent;

/// <summary>An object's name, address or department changed.</summary>
public sealed record ObjectUpdated(Guid ObjectId, Guid CustomerId, Guid ProviderId, Guid? DepartmentId, string Name, string? Address) : IIntegrationEvent;

/// <summary>An object was archived: hidden from lists, no new devices or tickets.</summary>
public sealed record ObjectArchived(Guid ObjectId, Guid CustomerId, Guid ProviderId) : IIntegrationEvent;
