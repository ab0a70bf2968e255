using System.Globalization;
using System.Text.Json;
using Portal.Benchmarking;

namespace Identity.Benchmarks;

/// <summary>A setting of identity's that the run sets to something other than its default, and why.</summary>
public sealed record LimitChange(string Setting, string Default, string Value, string Why)
{
    /// <summary>The variable that sets it for the service process (<c>Identity:RateLimits:PermitLimit</c> → <c>Identity__RateLimits__PermitLimit</c>).</summary>
    public string EnvironmentVariable => Setting.Replace(":", "__", StringComparison.Ordinal);
}

/// <summary>
/// Identity's own limits that would answer this load instead of the work it measures. Every request comes from one
/// loopback address, so the per-address limit on <c>/connect/token</c> (<c>Identity:RateLimits</c>, 20 per 10 s by
/// default) would refuse all but 2 sign-ins a second. The defaults are read from identity's appsettings.json, so
/// the page names what production runs with.
/// </summary>
public static class IdentityLimits
{
    /// <summary>Well above what a phase can send in one window (at most 100,000 requests per phase).</summary>
    public const int BenchmarkPermitLimit = 1_000_000;

    public static IReadOnlyList<LimitChange> Changes(bool keepLimits)
    {
        var (permitLimit, window) = Defaults();
        return keepLimits
            ? []
            : [new LimitChange("Identity:RateLimits:PermitLimit", permitLimit, BenchmarkPermitLimit.ToString(CultureInfo.InvariantCulture),
                $"requests per address and endpoint per window (`Identity:RateLimits:Window`, {window}, unchanged); every request of the run comes from one address")];
    }

    /// <summary>What the page says of the limits the run leaves as they are.</summary>
    public static IReadOnlyList<string> Unchanged(bool keepLimits) =>
    [
        .. keepLimits ? ["`Identity:RateLimits` left at its default (`--keep-limits`): the run is expected to fail"] : Array.Empty<string>(),
        "`Identity:Lockout` left at its default: it counts failed sign-ins only, and every sign-in of the run gives the right password",
        "`Gateway:RateLimits` left at its default: the only requests sent through the gateway are for the discovery document, which no limit covers",
    ];

    private static (string PermitLimit, string Window) Defaults()
    {
        var settings = Path.Combine(RepositoryRoot.Find(), "services", "Identity.Api", "appsettings.json");
        using var json = JsonDocument.Parse(File.ReadAllText(settings));
        var limits = json.RootElement.GetProperty("Identity").GetProperty("RateLimits");
        var window = TimeSpan.Parse(limits.GetProperty("Window").GetString()!, CultureInfo.InvariantCulture);
        return (limits.GetProperty("PermitLimit").GetInt32().ToString(CultureInfo.InvariantCulture), $"{window.TotalSeconds:N0} s");
    }
}
