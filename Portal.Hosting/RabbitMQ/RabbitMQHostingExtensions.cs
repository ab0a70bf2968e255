using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Portal.Hosting.RabbitMQ;

public static class RabbitMQHostingExtensions
{
    /// <summary>
    /// RabbitMQ from the machine's binaries, its data in <c>&lt;data dir&gt;/&lt;name&gt;</c>, with an Erlang port
    /// mapper of its own (see Scripts/rabbitmq.sh). Everything binds to 127.0.0.1.
    /// The password is the secret parameter <c>&lt;name&gt;-password</c>, generated once and kept.
    /// </summary>
    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQServer(this IDistributedApplicationBuilder builder, string name, int? port = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var server = DebianPackages.Require(DebianPackages.RabbitMQServer, "rabbitmq-server");
        var root = PortalData.DirectoryOf(builder);
        var password = builder.AddParameter($"{name}-password", new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true, persist: true);
        var broker = new RabbitMQServerResource(name, root, password.Resource);

        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(broker, async (_, cancellationToken) =>
            connectionString = await broker.ConnectionStringExpression.GetValueAsync(cancellationToken));
        // One connection, opened at the first check and kept: checking is then free, and the broker's log is
        // not flooded with a connection opened and closed every few seconds.
        IConnection? connection = null;
        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddRabbitMQ(
            async _ => connection ??= await new ConnectionFactory
            {
                Uri = new Uri(connectionString ?? throw new InvalidOperationException("The connection string is not known yet.")),
                ClientProvidedName = "Aspire health check",
            }.CreateConnectionAsync(),
            name: healthCheck);

        return builder.AddResource(broker)
            .WithArgs(PortalData.Script("rabbitmq.sh"), server, DebianPackages.Require(DebianPackages.Epmd, "erlang-base"), Path.Combine(root, name))
            .WithEndpoint(port: port, name: RabbitMQServerResource.PrimaryEndpointName, scheme: "tcp", env: "RABBITMQ_NODE_PORT")
            // Erlang's port mapper and node distribution: internal, on ports of their own so that two brokers
            // never meet. The processes listen on the ports DCP picks (its proxies of them stay unused).
            .WithEndpoint(name: "epmd", scheme: "tcp", env: "ERL_EPMD_PORT")
            .WithEndpoint(name: "dist", scheme: "tcp", env: "RABBITMQ_DIST_PORT")
            // Nobody dials those two from outside: the resources page shows only the AMQP address.
            .WithUrlForEndpoint("epmd", url => url.DisplayLocation = UrlDisplayLocation.DetailsOnly)
            .WithUrlForEndpoint("dist", url => url.DisplayLocation = UrlDisplayLocation.DetailsOnly)
            .WithEnvironment("PORTAL_RABBITMQ_USER", RabbitMQServerResource.UserName)
            .WithEnvironment("PORTAL_RABBITMQ_PASSWORD", password)
            .WithIconName("Mailbox")
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }
}
