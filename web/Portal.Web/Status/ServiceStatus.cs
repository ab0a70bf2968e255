namespace Portal.Web.Status;

public enum ServiceState
{
    Up,
    Down,
    NotConfigured,
}

public sealed record ServiceStatus(string Name, ServiceState State);
