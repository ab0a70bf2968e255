using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Portal.AppHost;
using Portal.Contracts;
using Portal.Testing.Aspire;

namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>
/// The AppHost's whole model with the real Aspire dashboard, started once for the assembly on free ports:
/// every service exports its telemetry to that dashboard, as under <c>dotnet run</c>.
/// </summary>
public sealed class StackWithDashboardFixture : IAsyncLifetime
{
    /// <summary>The dashboard's own resource; hidden on its resources page, but in the model.</summary>
    private const string DashboardResource = "aspire-dashboard";

    private DistributedApplication? _app;
    private string? _administratorToken;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The stack has not started.");

    /// <summary>The resource names an operator should find on the resources page (the dashboard's own excluded).</summary>
    public IReadOnlyList<string> ModelResources { get; private set; } = [];

    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The dashboard's UI address (random port: a developer's stack may hold 18888).</summary>
    public Uri DashboardUrl { get; private set; } = null!;

    public Uri LoginUrl => new(DashboardUrl, $"/login?t={TestApplications.DashboardBrowserToken}");

    public TelemetryApi Telemetry { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await TestApplications.CreateWholeStackAsync(withDashboard: true);
        ModelResources = [.. builder.Resources.Select(r => r.Name)];
        _app = await builder.StartHealthyAsync();
        Gateway = _app.CreateHttpClient(ResourceNames.Gateway);
        DashboardUrl = _app.GetEndpoint(DashboardResource, "http");
        Telemetry = new TelemetryApi(DashboardUrl, TestApplications.DashboardApiKey);
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        Telemetry?.Dispose();
        if (_app is not null)
        {
            await _app.StopAndDeleteDataAsync();
        }
    }

    /// <summary>
    /// Creates a department through the gateway as the development administrator, with a token from
    /// identity's <c>/connect/token</c>: tenants saves it and publishes DepartmentCreated through its
    /// outbox; assets consumes it. A <paramref name="traceParent"/> makes the request part of a trace the
    /// caller chose.
    /// </summary>
    public async Task CreateDepartmentAsync(string name, string? traceParent)
    {
        _administratorToken ??= await PasswordGrant.AccessTokenAsync(Gateway, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tenants/departments") { Content = JsonContent.Create(new { name }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _administratorToken);
        if (traceParent is not null)
        {
            request.Headers.Add("traceparent", traceParent);
        }

        using var response = await Gateway.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating a department: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
