using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Portal.Hosting.Postgres;

public static class PostgresHostingExtensions
{
    /// <summary>
    /// PostgreSQL 15 from the machine's binaries, its data in <c>&lt;data dir&gt;/&lt;name&gt;</c>. A one-shot
    /// <c>&lt;name&gt;-init</c> creates the cluster at the first start; the server waits for it to complete.
    /// The superuser's password is the secret parameter <c>&lt;name&gt;-password</c>, generated once and kept
    /// in the AppHost's user secrets. <paramref name="port"/> is the fixed port of development runs; tests,
    /// which randomize ports, get a free one.
    /// </summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgresServer(this IDistributedApplicationBuilder builder, string name, int? port = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var bin = Path.GetDirectoryName(DebianPackages.Require(Path.Combine(DebianPackages.PostgresBin, "postgres"), "postgresql"))!;
        var root = PortalData.DirectoryOf(builder);
        var data = Path.Combine(root, name);

        var password = builder.AddParameter($"{name}-password", new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true, persist: true);
        var server = new PostgresServerResource(name, root, password.Resource);

        var init = builder.AddExecutable($"{name}-init", "/bin/sh", root, PortalData.Script("postgres-init.sh"), bin, data)
            .WithEnvironment("POSTGRES_PASSWORD", password)
            .WithEnvironment("LC_ALL", "C.UTF-8")
            .WithParentRelationship(server)
            .ExcludeFromManifest();

        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(server, async (_, cancellationToken) =>
            connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken));
        builder.Eventing.Subscribe<ResourceReadyEvent>(server, async (@event, cancellationToken) =>
        {
            var logger = @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server);
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            // Not pooled: after a restart of the server (the dashboard's Restart) a pooled connection would be a dead one.
            await using var connection = new NpgsqlConnection($"{connectionString};Database=postgres;Pooling=false");
            await connection.OpenAsync(cancellationToken);
            foreach (var database in builder.Resources.OfType<PostgresDatabaseResource>().Where(d => d.Parent == server))
            {
                await CreateDatabaseAsync(connection, database.DatabaseName, logger, cancellationToken);
                // A database has no process of its own: it runs once it exists, and its health check takes over.
                await notifications.PublishUpdateAsync(database, snapshot => snapshot with
                {
                    State = KnownResourceStates.Running,
                    StartTimeStamp = DateTime.UtcNow,
                });
            }
        });

        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddNpgSql(
            _ => $"{connectionString ?? throw new InvalidOperationException("The connection string is not known yet.")};Database=postgres;Timeout=3",
            name: healthCheck);

        List<string> arguments =
        [
            PortalData.Script("postgres.sh"), Path.Combine(bin, "postgres"), "-D", data,
            // TCP on loopback only: no Unix socket, whose path would be too long under a test's data folder.
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
        ];
        if (PortalData.IsEphemeral(builder))
        {
            arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        return builder.AddResource(server)
            .WithArgs([.. arguments])
            // The postmaster takes its port from PGPORT; DCP picks the port and proxies the public one to it.
            .WithEndpoint(port: port, name: PostgresServerResource.PrimaryEndpointName, scheme: "tcp", env: "PGPORT")
            .WithEnvironment("LC_ALL", "C.UTF-8")
            .WithIconName("DatabaseMultiple")
            .WaitForCompletion(init)
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }

    /// <summary>A database on the server, created when the server is ready; healthy once it accepts connections.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> builder, string name, string? databaseName = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var database = new PostgresDatabaseResource(name, databaseName ?? name, builder.Resource);

        string? connectionString = null;
        builder.ApplicationBuilder.Eventing.Subscribe<ConnectionStringAvailableEvent>(database, async (_, cancellationToken) =>
            connectionString = await database.ConnectionStringExpression.GetValueAsync(cancellationToken));
        var healthCheck = $"{name}_check";
        builder.ApplicationBuilder.Services.AddHealthChecks().AddNpgSql(
            _ => $"{connectionString ?? throw new InvalidOperationException("The connection string is not known yet.")};Timeout=3",
            name: healthCheck);

        return builder.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new(CustomResourceKnownProperties.Source, database.DatabaseName)],
            })
            .WithIconName("Database")
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }

    private static async Task CreateDatabaseAsync(NpgsqlConnection connection, string database, ILogger logger, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        var quoted = database.Replace("\"", "\"\"", StringComparison.Ordinal);
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{quoted}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
        logger.LogInformation("Created database {Database}", database);
    }
}
