using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Portal.Contracts;
using Portal.Hosting.MailDev;
using Portal.Hosting.Postgres;
using Portal.Hosting.RabbitMQ;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>Our executable resource types (Portal.Hosting) on an empty model, as the AppHost declares them, with random ports.</summary>
public static class InfrastructureResources
{
    public const string Database = ResourceNames.TenantsDb;

    public static IDistributedApplicationTestingBuilder AddAll(this IDistributedApplicationTestingBuilder builder)
    {
        builder.AddPostgresServer(ResourceNames.Postgres).AddDatabase(Database);
        builder.AddRabbitMQServer(ResourceNames.EventBus);
        builder.AddMailDev(ResourceNames.MailDev);
        return builder;
    }

    /// <summary>Generous: two cores are shared with builds and other engineers' test runs.</summary>
    public static CancellationToken Timeout(int seconds = 60) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;
}
