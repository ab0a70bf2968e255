namespace Portal.Web.Authentication;

/// <summary>
/// The two addresses of the identity server: the public one (the gateway) that the browser is sent
/// to and that tokens name as issuer, and the direct one (service discovery) this server reads
/// metadata and tokens from without a detour through the gateway.
/// </summary>
public sealed class PortalAddresses(IConfiguration configuration)
{
    public Uri PublicUrl { get; } = new((configuration["Portal:PublicUrl"] ?? "http://localhost:5000").TrimEnd('/') + "/");

    public Uri IdentityUrl { get; } = new((configuration["services:identity:http:0"] ?? "http://localhost:5000").TrimEnd('/') + "/");

    public Uri Public(string relative) => new(PublicUrl, relative.TrimStart('/'));

    public Uri Identity(string relative) => new(IdentityUrl, relative.TrimStart('/'));
}
