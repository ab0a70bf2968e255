namespace Portal.AppHost.Hosting;

/// <summary>A database on a <see cref="PostgresServerResource"/>, created when the server is healthy.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent)
    : Resource(name), IResourceWithConnectionString
{
    public override string ResourceType => "PostgresDatabase";

    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Parent { get; } = parent;

    internal override IEnumerable<IResource> Dependencies => base.Dependencies.Append(Parent).Distinct();

    public ValueTask<string?> GetConnectionStringAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Parent.BuildConnectionString(DatabaseName));
}
