namespace Portal.AppHost.Hosting;

/// <summary>A .NET project of this repository, launched from its build output with <c>dotnet</c>.</summary>
public sealed class ProjectResource : Resource, IResourceWithEnvironment
{
    public ProjectResource(string name, IProjectMetadata metadata)
        : base(name)
    {
        Metadata = metadata;
        Endpoints.Add(new ResourceEndpoint("http", "http", null));
    }

    public override string ResourceType => "Project";

    public IProjectMetadata Metadata { get; }

    internal ResourceEndpoint HttpEndpoint => Endpoints[0];

    internal List<EnvironmentEntry> Environment { get; } = [];
}
