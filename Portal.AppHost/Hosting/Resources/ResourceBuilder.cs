namespace Portal.AppHost.Hosting;

internal sealed class ResourceBuilder<T>(T resource, IDistributedApplicationBuilder applicationBuilder) : IResourceBuilder<T>
    where T : IResource
{
    public T Resource { get; } = resource;

    public IDistributedApplicationBuilder ApplicationBuilder { get; } = applicationBuilder;
}
