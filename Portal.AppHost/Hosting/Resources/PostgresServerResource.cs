namespace Portal.AppHost.Hosting;

/// <summary>A PostgreSQL 15 server run from the machine's binaries, data under the data directory.</summary>
public sealed class PostgresServerResource : Resource, IResourceWithConnectionString
{
    public PostgresServerResource(string name, int? port)
        : base(name)
    {
        Endpoints.Add(new ResourceEndpoint("tcp", "tcp", port));
    }

    public override string ResourceType => "Postgres";

    public string UserName { get; } = "postgres";

    internal List<PostgresDatabaseResource> Databases { get; } = [];

    /// <summary>Set when the application loads its secrets.</summary>
    internal string? Password { get; set; }

    internal ResourceEndpoint Endpoint => Endpoints[0];

    public ValueTask<string?> GetConnectionStringAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(BuildConnectionString(null));

    internal string? BuildConnectionString(string? database)
    {
        if (Password is null || Endpoint.AllocatedPort is not { } port)
        {
            return null;
        }

        var connectionString = $"Host=127.0.0.1;Port={port};Username={UserName};Password={Password}";
        return database is null ? connectionString : $"{connectionString};Database={database}";
    }
}
