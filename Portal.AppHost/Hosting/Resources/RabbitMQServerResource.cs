namespace Portal.AppHost.Hosting;

/// <summary>A RabbitMQ 3.10 broker run from the machine's binaries, with its own Erlang port mapper (epmd).</summary>
public sealed class RabbitMQServerResource : Resource, IResourceWithConnectionString
{
    // Fixed ports of the Erlang port mapper and node distribution in normal runs. The broker's default
    // distribution port (AMQP port + 20000) would not be a valid port for the development AMQP port.
    internal const int DefaultEpmdPort = 54369;
    internal const int DefaultDistributionPort = 54370;

    public RabbitMQServerResource(string name, int? port)
        : base(name)
    {
        Endpoints.Add(new ResourceEndpoint("tcp", "amqp", port));
        Endpoints.Add(new ResourceEndpoint("epmd", "tcp", port is null ? null : DefaultEpmdPort, isVisible: false));
        Endpoints.Add(new ResourceEndpoint("dist", "tcp", port is null ? null : DefaultDistributionPort, isVisible: false));
    }

    public override string ResourceType => "RabbitMQ";

    /// <summary>Set when the application loads its secrets.</summary>
    internal string? UserName { get; set; }

    /// <summary>Set when the application loads its secrets.</summary>
    internal string? Password { get; set; }

    internal ResourceEndpoint AmqpEndpoint => Endpoints[0];

    internal ResourceEndpoint EpmdEndpoint => Endpoints[1];

    internal ResourceEndpoint DistributionEndpoint => Endpoints[2];

    public ValueTask<string?> GetConnectionStringAsync(CancellationToken cancellationToken = default)
    {
        if (UserName is null || Password is null || AmqpEndpoint.AllocatedPort is not { } port)
        {
            return ValueTask.FromResult<string?>(null);
        }

        var user = Uri.EscapeDataString(UserName);
        var password = Uri.EscapeDataString(Password);
        return ValueTask.FromResult<string?>($"amqp://{user}:{password}@127.0.0.1:{port}");
    }
}
