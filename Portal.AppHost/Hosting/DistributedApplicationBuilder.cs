namespace Portal.AppHost.Hosting;

internal sealed class DistributedApplicationBuilder(AppHostOptions options) : IDistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];
    private bool _built;

    public AppHostOptions Options { get; } = options;

    public IResourceBuilder<PostgresServerResource> AddPostgres(string name, int? port = null) =>
        AddResource(new PostgresServerResource(name, port));

    public IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(string name, int? port = null) =>
        AddResource(new RabbitMQServerResource(name, port));

    public IResourceBuilder<MailDevResource> AddMailDev(string name, int? smtpPort = null, int? httpPort = null) =>
        AddResource(new MailDevResource(name, smtpPort, httpPort));

    public IResourceBuilder<ProjectResource> AddProject<TProject>(string name)
        where TProject : IProjectMetadata, new() =>
        AddResource(new ProjectResource(name, new TProject()));

    public DistributedApplication Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("Build() can be called only once.");
        }

        _built = true;
        return new DistributedApplication(Options, SelectResources());
    }

    internal IResourceBuilder<T> AddResource<T>(T resource)
        where T : Resource
    {
        if (_resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A resource named '{resource.Name}' is already declared.", nameof(resource));
        }

        _resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    // --only a,b keeps those resources and everything they depend on, in declaration order.
    private List<Resource> SelectResources()
    {
        if (Options.Only is not { Count: > 0 } only)
        {
            return [.. _resources];
        }

        var keep = new HashSet<IResource>();
        var pending = new Stack<IResource>();
        foreach (var name in only)
        {
            pending.Push(_resources.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"--only: there is no resource named '{name}'."));
        }

        while (pending.TryPop(out var resource))
        {
            if (keep.Add(resource))
            {
                foreach (var dependency in ((Resource)resource).Dependencies)
                {
                    pending.Push(dependency);
                }
            }
        }

        return [.. _resources.Where(keep.Contains)];
    }
}
