using System.Text.RegularExpressions;

namespace Identity.Api.Application;

/// <summary>The configured external providers by scheme, checked once at start-up.</summary>
public sealed partial class ExternalLoginProviders
{
    private readonly Dictionary<string, ExternalLoginOptions> _byScheme;

    public ExternalLoginProviders(IConfiguration configuration)
    {
        _byScheme = [];
        foreach (var section in configuration.GetSection(ExternalLoginOptions.SectionName).GetChildren())
        {
            var options = section.Get<ExternalLoginOptions>() ?? new ExternalLoginOptions();
            if (options.Kind == ExternalLoginKinds.Google && options.Authority.Length == 0)
            {
                options.Authority = ExternalLoginOptions.GoogleAuthority;
            }

            // A wrong entry stops the start with a sentence that names it, instead of a failing button later.
            if (Problem(section.Key, options) is { } problem)
            {
                throw new InvalidOperationException($"{ExternalLoginOptions.SectionName}:{section.Key}: {problem}");
            }

            _byScheme[section.Key] = options;
        }
    }

    public IReadOnlyCollection<string> Schemes => _byScheme.Keys;

    public ExternalLoginOptions? Find(string? scheme) =>
        scheme is not null && _byScheme.TryGetValue(scheme, out var options) ? options : null;

    public IEnumerable<KeyValuePair<string, ExternalLoginOptions>> All => _byScheme.OrderBy(p => p.Value.DisplayName, StringComparer.Ordinal);

    private static string? Problem(string scheme, ExternalLoginOptions options) =>
        !SchemeName().IsMatch(scheme) ? "the scheme is 2 to 40 lower-case letters, digits or dashes (it appears in callback paths and login types)."
        : scheme is "password" or "complete" ? $"\"{scheme}\" is taken (the login type of passwords, the end of every external sign-in); choose another scheme."
        : !ExternalLoginKinds.All.Contains(options.Kind) ? $"Kind is one of {string.Join(", ", ExternalLoginKinds.All)}."
        : string.IsNullOrWhiteSpace(options.DisplayName) ? "DisplayName is required (the button reads \"Sign in with DisplayName\")."
        : !Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http")
            ? "Authority is the provider's issuer URL."
        : authority.Scheme == "http" && !authority.IsLoopback ? "Authority must use https (plain http only on loopback, for tests)."
        : string.IsNullOrWhiteSpace(options.ClientId) ? "ClientId is required."
        : string.IsNullOrWhiteSpace(options.ClientSecret) ? "ClientSecret is required."
        : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex SchemeName();
}
