namespace Portal.AppHost.Hosting;

/// <summary>
/// Declares one resource. Covariant, as in Aspire, so that a builder of a database can be passed where a
/// builder of any resource with a connection string (or of any resource) is expected.
/// </summary>
public interface IResourceBuilder<out T>
    where T : IResource
{
    T Resource { get; }

    IDistributedApplicationBuilder ApplicationBuilder { get; }
}
