using Aspire.Hosting.ApplicationModel;

namespace Portal.Hosting.RabbitMQ;

/// <summary>
/// A RabbitMQ 3.10 broker run from the Debian package as an executable; its connection string has the
/// shape of Aspire's own RabbitMQ integration (<c>amqp://user:password@host:port</c>).
/// </summary>
public sealed class RabbitMQServerResource(string name, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, "/bin/sh", workingDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";

    /// <summary>The broker's administrator; guest would do on loopback, but a named user says whose it is.</summary>
    public const string UserName = "portal";

    public ParameterResource PasswordParameter { get; } = password;

    public EndpointReference PrimaryEndpoint => new(this, PrimaryEndpointName);

    // The generated password has letters and digits only, so it needs no escaping in the URI.
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{UserName}:{PasswordParameter}@{PrimaryEndpoint.Property(EndpointProperty.HostAndPort)}");
}
