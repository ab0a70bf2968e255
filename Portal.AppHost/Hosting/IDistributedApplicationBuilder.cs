namespace Portal.AppHost.Hosting;

/// <summary>Declares the resources of the application, as Aspire's builder does.</summary>
public interface IDistributedApplicationBuilder
{
    AppHostOptions Options { get; }

    IResourceBuilder<PostgresServerResource> AddPostgres(string name, int? port = null);

    IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(string name, int? port = null);

    IResourceBuilder<MailDevResource> AddMailDev(string name, int? smtpPort = null, int? httpPort = null);

    IResourceBuilder<ProjectResource> AddProject<TProject>(string name)
        where TProject : IProjectMetadata, new();

    DistributedApplication Build();
}
