namespace Identity.Api.Infrastructure;

/// <summary>The gateway's public URL (<c>Portal:PublicUrl</c>): the tokens' issuer and the base of links in e-mails.</summary>
public sealed class PublicUrl(IConfiguration configuration)
{
    public Uri Value { get; } = new((configuration["Portal:PublicUrl"] ?? "http://localhost:5000").TrimEnd('/') + "/");

    public Uri Combine(string relative) => new(Value, relative.TrimStart('/'));
}
