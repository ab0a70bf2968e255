using System.Text.RegularExpressions;

namespace Portal.AppHost.Hosting;

/// <summary>The declaration of a resource: its name, ports and what it depends on.</summary>
public abstract partial class Resource : IResource
{
    protected Resource(string name)
    {
        // Aspire's rule: the name becomes part of variable names and URLs, so keep it plain.
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid resource name: use letters, digits and hyphens, starting with a letter.", nameof(name));
        }

        Name = name;
    }

    public string Name { get; }

    /// <summary>"Postgres", "PostgresDatabase", "RabbitMQ", "MailDev" or "Project".</summary>
    public abstract string ResourceType { get; }

    internal List<IResource> WaitsFor { get; } = [];

    internal List<IResource> References { get; } = [];

    internal List<ResourceEndpoint> Endpoints { get; } = [];

    /// <summary>Everything this resource needs before it can start or must outlive it when stopping.</summary>
    internal virtual IEnumerable<IResource> Dependencies => WaitsFor.Concat(References).Distinct();

    public override string ToString() => Name;

    internal ResourceEndpoint GetEndpoint(string? endpointName)
    {
        if (endpointName is null)
        {
            return Endpoints.FirstOrDefault(e => e.Scheme == "http") ?? Endpoints.FirstOrDefault(e => e.IsVisible)
                ?? throw new ArgumentException($"Resource '{Name}' has no endpoint.", nameof(endpointName));
        }

        return Endpoints.FirstOrDefault(e => string.Equals(e.Name, endpointName, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Resource '{Name}' has no endpoint named '{endpointName}'.", nameof(endpointName));
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9-]{0,63}$")]
    private static partial Regex ValidName();
}
