namespace Portal.AppHost.Dashboard;

/// <summary>The ops dashboard: where it listens, who may use it, and how much telemetry it keeps.</summary>
public sealed class DashboardOptions
{
    /// <summary>On for <c>dotnet run</c>; off for test applications unless a test turns it on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The UI and its JSON API (Aspire's default 18888); a free port with random ports.</summary>
    public int Port { get; set; } = 18888;

    /// <summary>The OTLP/HTTP receiver (Aspire's default 18890); a free port with random ports.</summary>
    public int OtlpPort { get; set; } = 18890;

    /// <summary>The token of the login link; a new random one per run when not set.</summary>
    public string? BrowserToken { get; set; }

    /// <summary>The <c>x-otlp-api-key</c> the exporters must send; a new random one per run when not set.</summary>
    public string? OtlpApiKey { get; set; }

    /// <summary>Oldest entries are dropped first once a limit is reached.</summary>
    public TelemetryLimits Limits { get; } = new();
}
