using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Portal.AppHost;
using Portal.AppHost.Hosting;
using Portal.Contracts;

namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>
/// The real declaration (<see cref="PortalApplication.Declare"/>) with the dashboard and its OTLP receiver
/// on free ports: every service exports its telemetry to it, as under <c>dotnet run</c>.
/// </summary>
public sealed class StackWithDashboardFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The stack has not started.");

    public HttpClient Gateway { get; private set; } = null!;

    public DashboardClient Dashboard { get; private set; } = null!;

    private string? _administratorToken;

    public async Task InitializeAsync()
    {
        var builder = DistributedApplicationTestingBuilder.Create(PortalApplication.Declare);
        builder.Options.Dashboard.Enabled = true;
        _app = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await _app.StartAsync(timeout.Token);
        Gateway = _app.CreateHttpClient(ResourceNames.Gateway);
        Dashboard = await DashboardClient.SignInAsync(_app.Dashboard!);
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        Dashboard?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>
    /// Creates a department through the gateway as the development administrator, with a token from
    /// identity's <c>/connect/token</c> as scripts get one: the tenants service saves it and
    /// publishes DepartmentCreated through its outbox; the assets service consumes it. A
    /// <paramref name="traceParent"/> makes the request part of a trace the caller chose.
    /// </summary>
    public async Task CreateDepartmentAsync(string name, string? traceParent)
    {
        var token = _administratorToken ??= await PasswordGrant.AccessTokenAsync(
            Gateway, PortalApplication.DevelopmentAdminEmail, PortalApplication.DevelopmentAdminPassword);
        // The provider organization is created by the tenants service just after it starts.
        await Eventually.ReturnsAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tenants/departments") { Content = JsonContent.Create(new { name }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (traceParent is not null)
            {
                request.Headers.Add("traceparent", traceParent);
            }

            using var response = await Gateway.SendAsync(request);
            return response.StatusCode;
        }, status => status == HttpStatusCode.Created, because: "the department to be created");
    }
}

[CollectionDefinition(Name)]
public sealed class StackWithDashboardCollection : ICollectionFixture<StackWithDashboardFixture>
{
    public const string Name = "Whole stack with dashboard";
}
