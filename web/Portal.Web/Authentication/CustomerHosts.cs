using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.Authentication;

/// <summary>
/// A customer's own address as a host name, <c>&lt;slug&gt;.&lt;portal host&gt;</c>. The portal host is
/// <c>Portal:Host</c>, else the host of the public URL; a public URL on an IP address (development,
/// tests) gives <c>localhost</c>, whose sub-domains browsers resolve to loopback without any DNS.
/// </summary>
public sealed partial class CustomerHosts(IConfiguration configuration, PortalAddresses addresses)
{
    public const string HostKey = "Portal:Host";

    public string PortalHost { get; } = configuration[HostKey] is { Length: > 0 } host
        ? host.Trim().TrimEnd('.').ToLowerInvariant()
        : IPAddress.TryParse(addresses.PublicUrl.Host.Trim('[', ']'), out _) ? "localhost" : addresses.PublicUrl.Host.ToLowerInvariant();

    /// <summary>The customer's slug when <paramref name="host"/> (without port) is one of their addresses.</summary>
    public string? SlugOf(string? host)
    {
        var name = host?.ToLowerInvariant() ?? "";
        var suffix = "." + PortalHost;
        // The public address itself may look like one (portal.example.com under example.com): it is not a customer's.
        if (!name.EndsWith(suffix, StringComparison.Ordinal) || name.Equals(addresses.PublicUrl.Host, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var label = name[..^suffix.Length];
        return IsSlug(label) ? label : null;
    }

    /// <summary>The shape of tenants' slugs (one DNS label); whether the customer exists is tenants' answer.</summary>
    public static bool IsSlug(string? value) => value is { Length: >= 3 and <= 63 } && SlugShape().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugShape();
}
