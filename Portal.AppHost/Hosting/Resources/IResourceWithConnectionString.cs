namespace Portal.AppHost.Hosting;

/// <summary>A resource others reach through <c>ConnectionStrings__&lt;name&gt;</c>.</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>The connection string; null until the application has allocated ports and secrets (StartAsync).</summary>
    ValueTask<string?> GetConnectionStringAsync(CancellationToken cancellationToken = default);
}
