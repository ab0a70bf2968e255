using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Portal.Contracts;
using Portal.Hosting.Postgres;
using Portal.Hosting.Projects;
using Portal.Hosting.RabbitMQ;

namespace Portal.Testing.Aspire;

public static class ServiceApplications
{
    /// <summary>
    /// One service of the solution on a PostgreSQL server with its database and a RabbitMQ broker of its own,
    /// referenced and waited for as the AppHost does: what a suite or a benchmark of one service starts.
    /// </summary>
    /// <param name="withDatabase">What the AppHost adds to the database too (its dashboard commands).</param>
    public static IResourceBuilder<ProjectResource> AddServiceWithItsData<TProject>(
        this IDistributedApplicationBuilder builder, string service, string database, Action<IResourceBuilder<PostgresDatabaseResource>>? withDatabase = null)
        where TProject : IProjectMetadata, new()
    {
        var data = builder.AddPostgresServer(ResourceNames.Postgres).AddDatabase(database);
        withDatabase?.Invoke(data);
        var eventBus = builder.AddRabbitMQServer(ResourceNames.EventBus);
        return builder.AddPortalService<TProject>(service)
            // The routes the fuzz suite walks (GET /testing/endpoints).
            .WithEnvironment("Testing__EndpointCatalog", "true")
            .WithReference(data).WaitFor(data)
            .WithReference(eventBus).WaitFor(eventBus);
    }
}
