using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.AppHost.Hosting;
using Portal.AppHost.Tests.Infrastructure;

namespace Portal.AppHost.Tests;

/// <summary>
/// A real project of the solution (the tenants service) launched the Aspire way: its variables, its
/// working directory, health from /health, restart.
/// </summary>
public sealed class ProjectTests
{
    [Fact]
    public async Task AProjectGetsAspiresVariablesAndBecomesHealthy()
    {
        await using var app = DistributedApplicationTestingBuilder.Create(builder =>
        {
            var database = builder.AddPostgres("postgres").AddDatabase("tenantsdb");
            var eventBus = builder.AddRabbitMQ("eventbus");
            builder.AddProject<Projects.Tenants_Api>("tenants")
                .WithReference(database).WaitFor(database)
                .WithReference(eventBus).WaitFor(eventBus)
                .WithEnvironment("Portal__Greeting", () => "hello");
        }).Build();
        await app.StartAsync(TestApps.Timeout());

        var tenants = app.GetResources().Single(r => r.Name == "tenants");
        var environment = ReadEnvironment(tenants.ProcessId!.Value);
        var url = app.GetEndpoint("tenants").ToString().TrimEnd('/');
        Assert.Equal(url, environment["ASPNETCORE_URLS"]);
        Assert.Equal("Development", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("Development", environment["DOTNET_ENVIRONMENT"]);
        Assert.Equal("tenants", environment["OTEL_SERVICE_NAME"]);
        Assert.StartsWith("service.instance.id=", environment["OTEL_RESOURCE_ATTRIBUTES"], StringComparison.Ordinal);
        Assert.False(environment.ContainsKey("OTEL_EXPORTER_OTLP_ENDPOINT"));
        Assert.Equal(await app.GetConnectionStringAsync("tenantsdb"), environment["ConnectionStrings__tenantsdb"]);
        Assert.Equal(await app.GetConnectionStringAsync("eventbus"), environment["ConnectionStrings__eventbus"]);
        Assert.Equal("hello", environment["Portal__Greeting"]);
        Assert.EndsWith("/services/Tenants.Api", new DirectoryInfo($"/proc/{tenants.ProcessId}/cwd").LinkTarget, StringComparison.Ordinal);

        // What the dashboard shows: the injected variables, passwords masked.
        Assert.Contains("Password=***", tenants.Environment["ConnectionStrings__tenantsdb"], StringComparison.Ordinal);
        Assert.Contains(":***@", tenants.Environment["ConnectionStrings__eventbus"], StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, tenants.HealthStatus);

        using var client = app.CreateHttpClient("tenants");
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task AProjectRestarts()
    {
        await using var app = DistributedApplicationTestingBuilder.Create(builder =>
        {
            var database = builder.AddPostgres("postgres").AddDatabase("tenantsdb");
            var eventBus = builder.AddRabbitMQ("eventbus");
            builder.AddProject<Projects.Tenants_Api>("tenants")
                .WithReference(database).WaitFor(database)
                .WithReference(eventBus).WaitFor(eventBus);
        }).Build();
        await app.StartAsync(TestApps.Timeout());
        var before = app.GetResources().Single(r => r.Name == "tenants");

        await app.RestartResourceAsync("tenants");
        var after = await app.ResourceNotifications.WaitForResourceHealthyAsync("tenants", TestApps.Timeout());

        Assert.NotEqual(before.ProcessId, after.Snapshot.ProcessId);
        Assert.DoesNotContain(ProcessProbe.Descendants(Environment.ProcessId), p => p.Pid == before.ProcessId);
    }

    private static Dictionary<string, string> ReadEnvironment(int pid) =>
        File.ReadAllText($"/proc/{pid}/environ")
            .Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : string.Empty);
}
