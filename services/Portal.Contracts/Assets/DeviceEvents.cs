namespace Portal.Contracts.Assets;

/// <summary>A device was installed at an object and got its code.</summary>
public sealed record DeviceRegistered(
    Guid DeviceId, Guid CustomerId, Guid ObjectId, Guid ProviderId, string Name, string? SerialNumber, string? Model, string Status, string Code) : IIntegrationEvent;

/// <summary>A device's name, serial number, model, object or service dates changed.</summary>
public sealed record DeviceUpdated(
    Guid DeviceId, Guid CustomerId, Guid ObjectId, Guid ProviderId, string Name, string? SerialNumber, string? Model,
    DateOnly? InstalledOn, DateOnly? NextServiceOn) : IIntegrationEvent;

/// <summary>A device's status changed (operational, warning, fault, offline, decommissioned).</summary>
public sealed record DeviceStatusChanged(
    Guid DeviceId, Guid CustomerId, Guid ObjectId, Guid ProviderId, string Name, string PreviousStatus, string Status) : IIntegrationEvent;

/// <summary>A device was archived: hidden from lists, its code resolves no more.</summary>
public sealed record DeviceArchived(Guid DeviceId, Guid CustomerId, Guid ObjectId, Guid ProviderId) : IIntegrationEvent;

/// <summary>A device got a new code (e.g. its sticker leaked); the old code resolves no more.</summary>
public sealed record DeviceCodeRegenerated(Guid DeviceId, Guid CustomerId, Guid ObjectId, Guid ProviderId, string Code) : IIntegrationEvent;
