using System.Diagnostics.CodeAnalysis;

namespace Portal.Web.Authentication;

/// <summary>
/// Where the app sends a browser after signing in or out, switching the language or a failed sign-in: only
/// paths of this site, as an open redirect would make these addresses a phishing aid.
/// </summary>
public static class LocalUrls
{
    /// <summary>A path of this site: "/..." but not "//host" or "/\host", which browsers read as another site.</summary>
    public static bool IsLocal([NotNullWhen(true)] string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\'));

    public static string OrHome(string? url) => IsLocal(url) ? url : "/";
}
