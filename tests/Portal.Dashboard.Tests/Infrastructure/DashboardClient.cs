using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.AppHost.Dashboard;

namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>A browser-like client of the dashboard's JSON API: signed in through the login link (cookie).</summary>
public sealed class DashboardClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private DashboardClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    /// <summary>Follows the login link as a browser would; fails if it does not lead to the dashboard.</summary>
    public static async Task<DashboardClient> SignInAsync(DashboardHost dashboard)
    {
        var http = Anonymous(dashboard);
        using var login = await http.GetAsync(dashboard.LoginUrl);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
        return new DashboardClient(http);
    }

    /// <summary>A client with its own cookie jar that has not signed in.</summary>
    public static HttpClient Anonymous(DashboardHost dashboard) =>
        new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = dashboard.Url,
        };

    /// <summary>GET as JSON; null for 404.</summary>
    public async Task<T?> GetAsync<T>(string path)
    {
        using var response = await Http.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return default;
        }

        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<T>(Json);
    }

    /// <summary>Start, stop or restart, as the resources page's buttons do.</summary>
    public async Task<HttpResponseMessage> RunCommandAsync(string resource, string command)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/resources/{resource}/commands/{command}");
        request.Headers.Add("X-Dashboard-Request", "1");
        return await Http.SendAsync(request);
    }

    public void Dispose() => Http.Dispose();
}
