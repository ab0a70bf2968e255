using Aspire.Hosting.ApplicationModel;

namespace Portal.Hosting.Postgres;

/// <summary>
/// A PostgreSQL 15 server run from the Debian package as an executable. Its connection string has the shape
/// of Aspire's own PostgreSQL integration (<c>Host=…;Port=…;Username=postgres;Password=…</c>), so that a
/// service reads it the same way under either.
/// </summary>
public sealed class PostgresServerResource(string name, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, "/bin/sh", workingDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";

    public const string UserName = "postgres";

    public ParameterResource PasswordParameter { get; } = password;

    public EndpointReference PrimaryEndpoint => new(this, PrimaryEndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={PrimaryEndpoint.Property(EndpointProperty.Host)};Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={UserName};Password={PasswordParameter}");
}
