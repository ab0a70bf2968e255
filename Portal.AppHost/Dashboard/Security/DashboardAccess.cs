using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Portal.AppHost.Dashboard.Security;

/// <summary>
/// Who may use the dashboard: whoever has the browser token of the login link. The login exchanges it
/// for a session cookie (HttpOnly, SameSite=Strict); the token itself never goes into the cookie.
/// </summary>
internal sealed class DashboardAccess(string browserToken, int port)
{
    /// <summary>Sent by the dashboard's own scripts; a cross-site form cannot send it, so commands are safe from CSRF.</summary>
    public const string RequestHeader = "X-Dashboard-Request";

    private readonly byte[] _token = Encoding.UTF8.GetBytes(browserToken);
    private readonly string _session = RandomNumberGenerator.GetHexString(64, lowercase: true);

    /// <summary>Cookies ignore ports: several dashboards on one machine (test runs) need names of their own.</summary>
    public string CookieName { get; } = $"portal-dashboard-{port}";

    public bool IsValidToken(string? token) =>
        token is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), _token);

    public void SignIn(HttpResponse response) =>
        response.Cookies.Append(CookieName, _session, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });

    public bool IsSignedIn(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var session)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(session ?? string.Empty), Encoding.UTF8.GetBytes(_session));
}
