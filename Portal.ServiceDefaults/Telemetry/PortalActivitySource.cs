using System.Diagnostics;

namespace Portal.ServiceDefaults.Telemetry;

/// <summary>Spans of Portal's own infrastructure code, e.g. the outbox dispatcher.</summary>
public static class PortalActivitySource
{
    public const string Name = "Portal";
    public static readonly ActivitySource Instance = new(Name);
}
