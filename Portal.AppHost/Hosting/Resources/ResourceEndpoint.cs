namespace Portal.AppHost.Hosting;

/// <summary>
/// One port of a resource. The port is fixed by the declaration in normal runs and allocated by the
/// application at start (random when Options.UseRandomPorts); it then stays the same across restarts.
/// </summary>
internal sealed class ResourceEndpoint(string name, string scheme, int? fixedPort, bool isVisible = true)
{
    public string Name { get; } = name;

    public string Scheme { get; } = scheme;

    public int? FixedPort { get; set; } = fixedPort;

    /// <summary>Internal ports (epmd, Erlang distribution) are not shown as URLs.</summary>
    public bool IsVisible { get; } = isVisible;

    public int? AllocatedPort { get; set; }

    public int Port => AllocatedPort
        ?? throw new InvalidOperationException("Ports are allocated when the application starts: call StartAsync first.");

    public string Url => $"{Scheme}://127.0.0.1:{Port}";
}
