namespace Portal.AppHost.Hosting;

/// <summary>Aspire's declaration methods: references, waits, endpoints and environment variables.</summary>
public static class ResourceBuilderExtensions
{
    /// <summary>Injects <c>ConnectionStrings__&lt;name&gt;</c> with the source's connection string.</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithConnectionString> source)
        where T : IResourceWithEnvironment
    {
        var resource = source.Resource;
        AsProject(builder).References.Add(resource);
        return builder.WithEnvironmentCore($"ConnectionStrings__{resource.Name}", async ct =>
            await resource.GetConnectionStringAsync(ct)
            ?? throw new InvalidOperationException($"The connection string of '{resource.Name}' is not known yet."));
    }

    /// <summary>Injects service discovery for the project: <c>services__&lt;name&gt;__http__0=http://127.0.0.1:&lt;port&gt;</c>.</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<ProjectResource> source)
        where T : IResourceWithEnvironment
    {
        var target = source.Resource;
        AsProject(builder).References.Add(target);
        return builder.WithEnvironmentCore($"services__{target.Name}__http__0", _ => ValueTask.FromResult<string?>(target.HttpEndpoint.Url));
    }

    /// <summary>The resource starts only when <paramref name="dependency"/> is Running and Healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : IResource
    {
        var resource = builder.Resource as Resource
            ?? throw new ArgumentException("Only resources declared by this AppHost can wait.", nameof(builder));
        if (!resource.WaitsFor.Contains(dependency.Resource))
        {
            resource.WaitsFor.Add(dependency.Resource);
        }

        return builder;
    }

    /// <summary>Fixes the project's http port in normal runs; with Options.UseRandomPorts it is ignored.</summary>
    public static IResourceBuilder<ProjectResource> WithHttpEndpoint(this IResourceBuilder<ProjectResource> builder, int? port = null)
    {
        builder.Resource.HttpEndpoint.FixedPort = port;
        return builder;
    }

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string? value)
        where T : IResourceWithEnvironment =>
        builder.WithEnvironmentCore(name, _ => ValueTask.FromResult(value));

    /// <summary>The value is computed at each start of the resource, after ports are allocated.</summary>
    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, Func<string> valueFactory)
        where T : IResourceWithEnvironment =>
        builder.WithEnvironmentCore(name, _ => ValueTask.FromResult<string?>(valueFactory()));

    /// <summary>
    /// Injects the http URL of <paramref name="target"/> (e.g. Portal__PublicUrl = the gateway's URL). Not a
    /// dependency: the gateway itself waits for the services that receive its URL.
    /// </summary>
    public static IResourceBuilder<T> WithEndpointUrlEnvironment<T>(this IResourceBuilder<T> builder, string name, IResourceBuilder<ProjectResource> target)
        where T : IResourceWithEnvironment
    {
        var endpoint = target.Resource.HttpEndpoint;
        return builder.WithEnvironmentCore(name, _ => ValueTask.FromResult<string?>(endpoint.Url));
    }

    private static IResourceBuilder<T> WithEnvironmentCore<T>(this IResourceBuilder<T> builder, string name, Func<CancellationToken, ValueTask<string?>> value)
        where T : IResourceWithEnvironment
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var environment = AsProject(builder).Environment;
        environment.RemoveAll(e => e.Key == name);
        environment.Add(new EnvironmentEntry(name, value));
        return builder;
    }

    private static ProjectResource AsProject<T>(IResourceBuilder<T> builder)
        where T : IResource =>
        builder.Resource as ProjectResource
        ?? throw new ArgumentException($"'{builder.Resource.Name}' does not take environment variables.", nameof(builder));
}
