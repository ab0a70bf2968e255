namespace Portal.AppHost.Hosting;

/// <summary>A variable injected into a project; the value is evaluated at each start, after ports are allocated.</summary>
internal sealed record EnvironmentEntry(string Key, Func<CancellationToken, ValueTask<string?>> Value);
