namespace Portal.AppHost.Dashboard.Telemetry;

/// <summary>What a metric is: its name, unit (UCUM, e.g. "s", "By", "{request}") and kind.</summary>
public sealed record MetricDescriptor(string Name, string Unit, string Description, MetricKind Kind);
