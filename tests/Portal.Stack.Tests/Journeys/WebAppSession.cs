using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Stack.Tests.Journeys;

/// <summary>
/// A browser's session with the web app, without a browser: the web app's own sign-in (its challenge, identity's
/// login page, the form post back to <c>/signin-oidc</c>) through the gateway, with the cookies a browser keeps.
/// </summary>
public sealed partial class WebAppSession : IDisposable
{
    private readonly HttpClientHandler _handler;

    private WebAppSession(HttpClientHandler handler) => _handler = handler;

    /// <summary>The session's cookies (the web app's <c>portal.session</c> among them), valid for any port of localhost.</summary>
    public CookieContainer Cookies => _handler.CookieContainer;

    public static async Task<WebAppSession> SignInAsync(Uri gateway, string email, string password)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        var session = new WebAppSession(handler);
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = gateway };

        // The web app's challenge sends the browser to identity; identity asks for the password.
        var authorize = await RedirectOfAsync(http.GetAsync("/signin?returnUrl=%2F"));
        var login = await RedirectOfAsync(http.GetAsync(authorize));
        var page = await (await http.GetAsync(login)).Content.ReadAsStringAsync();
        var signedIn = await RedirectOfAsync(http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [LoginForm.AntiforgeryName(page)] = LoginForm.AntiforgeryValue(page),
            ["returnUrl"] = LoginForm.ReturnUrl(page),
            ["username"] = email,
            ["password"] = password,
        })));

        // Identity answers the authorization with a page that posts the code back to the web app (form_post).
        var formPost = await (await http.GetAsync(signedIn)).Content.ReadAsStringAsync();
        var action = WebUtility.HtmlDecode(FormAction().Match(formPost).Groups[1].Value);
        var fields = HiddenFields().Matches(formPost).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        Assert.True(fields.ContainsKey("code"), "identity should post an authorization code back to the web app");
        await RedirectOfAsync(http.PostAsync(action, new FormUrlEncodedContent(fields)));

        Assert.Contains(handler.CookieContainer.GetAllCookies(), cookie => cookie.Name == "portal.session");
        return session;
    }

    /// <summary>A client that sends this session's cookies to <paramref name="address"/> (a web replica's own port).</summary>
    public HttpClient ClientFor(Uri address) => new(_handler, disposeHandler: false) { BaseAddress = address };

    public void Dispose() => _handler.Dispose();

    private static async Task<Uri> RedirectOfAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"{response.RequestMessage?.RequestUri} should redirect, but answered {(int)response.StatusCode}");
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location);
    }

    [GeneratedRegex(""""<form[^>]*action="([^"]+)"""", RegexOptions.IgnoreCase)]
    private static partial Regex FormAction();

    [GeneratedRegex(""""<input type="hidden" name="([^"]+)" value="([^"]*)"""", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenFields();
}
