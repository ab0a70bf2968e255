namespace Portal.AppHost.Hosting;

/// <summary>A resource the AppHost launches with injected environment variables (projects).</summary>
public interface IResourceWithEnvironment : IResource
{
}
