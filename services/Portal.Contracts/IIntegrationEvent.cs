namespace Portal.Contracts;

/// <summary>
/// Marks a record as an integration event: published by the service that owns the change (through
/// its outbox), consumed by the services that keep their own copy. Names are past tense.
/// </summary>
public interface IIntegrationEvent;
