using Aspire.Hosting.ApplicationModel;

namespace Portal.Hosting.Postgres;

/// <summary>
/// A database on a <see cref="PostgresServerResource"/>: created when the server is ready, healthy when it
/// accepts connections. It shares its server's state on the dashboard, as Aspire's own databases do.
/// </summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent)
    : Resource(name), IResourceWithParent<PostgresServerResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
