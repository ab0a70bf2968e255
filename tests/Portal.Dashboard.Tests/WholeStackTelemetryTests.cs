using System.Diagnostics;
using Portal.AppHost.Dashboard.Api;
using Portal.AppHost.Dashboard.Telemetry;
using Portal.Contracts;
using Portal.Dashboard.Tests.Infrastructure;

namespace Portal.Dashboard.Tests;

/// <summary>What an operator sees in the dashboard while the real stack runs.</summary>
[Collection(StackWithDashboardCollection.Name)]
public sealed class WholeStackTelemetryTests(StackWithDashboardFixture stack)
{
    [Fact]
    public async Task ADepartmentCreatedThroughTheGatewayIsOneTraceFromTheGatewayToTheAssetsConsumer()
    {
        // The caller starts the trace, so the test knows its id before the first span exists.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        await stack.CreateDepartmentAsync($"Traced {Guid.NewGuid():N}", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        var trace = await Eventually.ReturnsAsync(
            () => stack.Dashboard.GetAsync<TraceDto>($"/api/traces/{traceId}"),
            // Each service exports in its own batches, on its own schedule: wait until every span the
            // assertions below look for has arrived (they then fail only if one never comes).
            t => t is not null && ConsumerSpanIn(t) is not null
                && t.Spans.Any(s => s.Resource == ResourceNames.Gateway && s.Kind == "Server")
                && t.Spans.Any(s => s.Resource == ResourceNames.Tenants && s.Kind == "Server")
                && t.Spans.Any(s => s.Resource == ResourceNames.Tenants && s.Kind == "Producer")
                && AncestorsOfTheConsumer(t).Any(s => s.Resource == ResourceNames.Gateway && s.Kind == "Server"),
            TimeSpan.FromSeconds(45),
            because: "the assets consumer's span to join the request's trace");

        Assert.Contains(ResourceNames.Gateway, trace!.Resources);
        Assert.Contains(ResourceNames.Tenants, trace.Resources);
        Assert.Contains(ResourceNames.Assets, trace.Resources);
        Assert.Contains(trace.Spans, s => s.Resource == ResourceNames.Gateway && s.Kind == "Server");
        Assert.Contains(trace.Spans, s => s.Resource == ResourceNames.Tenants && s.Kind == "Server" && s.Name.Contains("departments", StringComparison.Ordinal));
        Assert.Contains(trace.Spans, s => s.Resource == ResourceNames.Tenants && s.Kind == "Producer");
        // One tree: from the consumer, parent by parent, up to the gateway's request.
        Assert.Contains(AncestorsOfTheConsumer(trace), s => s.Resource == ResourceNames.Gateway && s.Kind == "Server");
    }

    [Fact]
    public async Task TheServicesStructuredLogsAndRequestMetricsArrive()
    {
        await stack.CreateDepartmentAsync($"Metered {Guid.NewGuid():N}", traceParent: null);

        var logs = await Eventually.ReturnsAsync(
            () => stack.Dashboard.GetAsync<List<LogEntry>>($"/api/logs?resource={ResourceNames.Tenants}&limit=1000"),
            l => l is { Count: > 0 },
            because: "log records of the tenants service");
        Assert.All(logs!, l => Assert.Equal(ResourceNames.Tenants, l.Resource));

        var requests = await Eventually.ReturnsAsync(
            () => stack.Dashboard.GetAsync<MetricChart>($"/api/metrics/{ResourceNames.Gateway}/http.server.request.duration?minutes=5"),
            c => c is { Total: > 0 },
            because: "the gateway's request duration histogram");
        Assert.Equal(MetricKind.Histogram, requests!.Metric.Kind);
        Assert.Contains(requests.Points, p => p.Mean > 0);
        var runtime = await stack.Dashboard.GetAsync<List<MetricDescriptor>>($"/api/metrics/{ResourceNames.Tenants}");
        Assert.Contains(runtime!, m => m.Name.StartsWith("dotnet.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheResourcesListShowsEveryResourceWithItsStateAndNoPasswords()
    {
        var resources = await stack.Dashboard.GetAsync<List<ResourceDto>>("/api/resources");

        Assert.Equal(stack.App.GetResources().Select(r => r.Name).Order(), resources!.Select(r => r.Name).Order());
        var tenants = resources!.Single(r => r.Name == ResourceNames.Tenants);
        Assert.Equal(("Project", "Running", "Healthy"), (tenants.Type, tenants.State, tenants.Health));
        Assert.NotNull(tenants.ProcessId);
        Assert.NotEmpty(tenants.Urls);
        var environment = tenants.Environment.ToDictionary(e => e.Name, e => e.Value);
        Assert.Contains("Password=***", environment[$"ConnectionStrings__{ResourceNames.TenantsDb}"], StringComparison.Ordinal);
        Assert.Equal("***", environment["OTEL_EXPORTER_OTLP_HEADERS"]);
        Assert.DoesNotContain(stack.App.Dashboard!.OtlpApiKey, string.Concat(tenants.Environment.Select(e => e.Value)), StringComparison.Ordinal);
        var console = await stack.Dashboard.GetAsync<ConsoleLogsDto>($"/api/resources/{ResourceNames.Tenants}/console");
        Assert.NotEmpty(console!.Lines);
    }

    private static List<SpanDto> AncestorsOfTheConsumer(TraceDto trace)
    {
        var byId = trace.Spans.ToDictionary(s => s.SpanId);
        var ancestors = new List<SpanDto>();
        for (var span = ConsumerSpanIn(trace); span?.ParentSpanId is { } parent && byId.TryGetValue(parent, out span);)
        {
            ancestors.Add(span);
        }

        return ancestors;
    }

    private static SpanDto? ConsumerSpanIn(TraceDto trace) =>
        trace.Spans.FirstOrDefault(s => s.Resource == ResourceNames.Assets && s.Kind == "Consumer");
}
