namespace Portal.AppHost.Hosting;

/// <summary>A change of one resource, as <see cref="ResourceNotificationService"/> reports it.</summary>
public sealed record ResourceEvent(string ResourceId, ResourceSnapshot Snapshot);
