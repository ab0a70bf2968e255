namespace Portal.AppHost.Hosting;

/// <summary>An endpoint of a resource as the dashboard shows it, e.g. ("http", "http://127.0.0.1:5000").</summary>
public sealed record ResourceUrl(string Name, string Url);
