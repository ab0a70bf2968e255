namespace Portal.AppHost.Hosting;

/// <summary>MailDev: an SMTP sink with an inbox UI and REST API, for development e-mail.</summary>
public sealed class MailDevResource : Resource, IResourceWithConnectionString
{
    public MailDevResource(string name, int? smtpPort, int? httpPort)
        : base(name)
    {
        Endpoints.Add(new ResourceEndpoint("http", "http", httpPort));
        Endpoints.Add(new ResourceEndpoint("smtp", "smtp", smtpPort));
    }

    public override string ResourceType => "MailDev";

    internal ResourceEndpoint HttpEndpoint => Endpoints[0];

    internal ResourceEndpoint SmtpEndpoint => Endpoints[1];

    public ValueTask<string?> GetConnectionStringAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SmtpEndpoint.AllocatedPort is null ? null : SmtpEndpoint.Url);
}
