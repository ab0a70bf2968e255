using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace Portal.AppHost.Hosting;

/// <summary>
/// RabbitMQ 3.10 from the Debian package, started through /usr/lib/rabbitmq/bin/rabbitmq-server (not the
/// /usr/sbin wrapper, which switches user with su and does not pass signals on), with its own epmd in
/// the foreground (epmd otherwise daemonizes and outlives the broker). Everything is bound to 127.0.0.1
/// and kept under &lt;datadir&gt;/&lt;name&gt;/; the default user is generated (guest cannot log in).
/// </summary>
internal sealed class RabbitMQRunner(RabbitMQServerResource resource, RunnerContext context) : ResourceRunner(context)
{
    private IConnection? _healthConnection;
    private string _cookie = string.Empty;

    private string BasePath => Path.Combine(Context.DataDirectory, resource.Name);

    private string HomePath => Path.Combine(BasePath, "home");

    private string MnesiaPath => Path.Combine(BasePath, "mnesia");

    public override void Prepare(SecretStore secrets)
    {
        if (!secrets.Contains($"{resource.Name}:password") && Directory.Exists(MnesiaPath))
        {
            throw new DistributedApplicationException(
                $"{MnesiaPath} holds a broker whose credentials are not in secrets.json. Start with --fresh to create it anew.");
        }

        resource.UserName = secrets.GetOrCreate($"{resource.Name}:username", "portal-", 8);
        resource.Password = secrets.GetOrCreate($"{resource.Name}:password");
        _cookie = secrets.GetOrCreate($"{resource.Name}:cookie", length: 32);
    }

    public override async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var configFile = WriteConfiguration();
        var epmdPort = resource.EpmdEndpoint.Port;
        var epmd = StartProcess(new ChildProcessSpec
        {
            Id = $"{resource.Name}-epmd",
            FileName = Executables.Require("epmd"),
            Arguments = ["-address", "127.0.0.1", "-port", $"{epmdPort}"],
            WorkingDirectory = BasePath,
            Output = (line, isError) => Context.Output($"epmd: {line}", isError),
        });
        await WaitForPortAsync(epmdPort, epmd, cancellationToken);

        var logPath = Path.Combine(BasePath, "log");
        Directory.CreateDirectory(logPath);
        MainProcess = StartProcess(new ChildProcessSpec
        {
            Id = resource.Name,
            FileName = Prerequisites.RabbitMQServer,
            WorkingDirectory = BasePath,
            Environment = new Dictionary<string, string?>
            {
                ["HOME"] = HomePath,
                ["RABBITMQ_NODENAME"] = "rabbit@localhost",
                ["RABBITMQ_MNESIA_BASE"] = MnesiaPath,
                ["RABBITMQ_LOG_BASE"] = logPath,
                ["RABBITMQ_CONFIG_FILE"] = configFile,
                ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(BasePath, "enabled_plugins"),
                // Keep the machine's /etc/rabbitmq out of this broker.
                ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(BasePath, "rabbitmq-env.conf"),
                ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(BasePath, "advanced.config"),
                ["RABBITMQ_DIST_PORT"] = $"{resource.DistributionEndpoint.Port}",
                ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
                ["ERL_EPMD_PORT"] = $"{epmdPort}",
                ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            },
            Output = Context.Output,
        });
    }

    public override async Task<HealthStatus?> CheckHealthAsync(CancellationToken cancellationToken)
    {
        // One connection held open: checking is then free, and the broker's log is not flooded with
        // a connection opened and closed every second.
        if (_healthConnection is { IsOpen: true })
        {
            return HealthStatus.Healthy;
        }

        await CloseHealthConnectionAsync();
        try
        {
            var factory = new ConnectionFactory
            {
                Uri = new Uri(await resource.GetConnectionStringAsync(cancellationToken) ?? throw new InvalidOperationException()),
                AutomaticRecoveryEnabled = false,
                RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
                ClientProvidedName = "Portal.AppHost health check",
            };
            _healthConnection = await factory.CreateConnectionAsync(cancellationToken);
            return HealthStatus.Healthy;
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or TimeoutException)
        {
            return null;
        }
    }

    public override async Task StopAsync()
    {
        await CloseHealthConnectionAsync();
        await base.StopAsync();
    }

    private async Task CloseHealthConnectionAsync()
    {
        if (_healthConnection is { } connection)
        {
            _healthConnection = null;
            try
            {
                await connection.DisposeAsync();
            }
            catch (Exception ex) when (ex is IOException or RabbitMQ.Client.Exceptions.AlreadyClosedException or TimeoutException)
            {
                // Already gone with the broker.
            }
        }
    }

    private string WriteConfiguration()
    {
        Directory.CreateDirectory(HomePath);
        var cookie = Path.Combine(HomePath, ".erlang.cookie");
        if (!File.Exists(cookie))
        {
            File.WriteAllText(cookie, _cookie);
        }

        // Erlang refuses a cookie file others can read.
        File.SetUnixFileMode(cookie, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(Path.Combine(BasePath, "enabled_plugins"), "[].\n");
        var configFile = Path.Combine(BasePath, "rabbitmq.conf");
        File.WriteAllText(configFile, $"""
            listeners.tcp.1 = 127.0.0.1:{resource.AmqpEndpoint.Port}
            default_user = {resource.UserName}
            default_pass = {resource.Password}
            default_user_tags.administrator = true
            log.console = true
            log.console.level = info
            log.console.use_colors = off

            """);
        return configFile;
    }

    private static async Task WaitForPortAsync(int port, ChildProcess process, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new DistributedApplicationException($"epmd exited with code {await process.Exited} (is port {port} taken?).");
            }

            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }

        throw new DistributedApplicationException($"epmd did not listen on port {port} within 5 s.");
    }
}
