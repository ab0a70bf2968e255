using Aspire.Hosting.ApplicationModel;

namespace Portal.Hosting.MailDev;

/// <summary>
/// MailDev from tools/maildev (npm): an SMTP sink with an inbox page and a REST API, for development mail.
/// Its connection string is the SMTP address, <c>smtp://host:port</c>.
/// </summary>
public sealed class MailDevResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string HttpEndpointName = "http";
    internal const string SmtpEndpointName = "smtp";

    public EndpointReference SmtpEndpoint => new(this, SmtpEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"smtp://{SmtpEndpoint.Property(EndpointProperty.HostAndPort)}");
}
