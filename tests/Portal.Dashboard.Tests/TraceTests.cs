using System.Diagnostics;
using Portal.Contracts;
using Portal.Dashboard.Tests.Infrastructure;

namespace Portal.Dashboard.Tests;

/// <summary>What an operator finds in the dashboard's traces after one request through the gateway.</summary>
[Collection(StackWithDashboardCollection.Name)]
public sealed class TraceTests(StackWithDashboardFixture stack)
{
    [Fact]
    public async Task ADepartmentCreatedThroughTheGatewayIsOneTraceFromTheGatewayToTheAssetsConsumer()
    {
        // The caller starts the trace, so the test knows its id before the first span exists.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        await stack.CreateDepartmentAsync($"Traced {Guid.NewGuid():N}", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        // Each service exports in its own batches, on its own schedule: wait until every span asserted on
        // below has arrived (the assertions then fail only if one never comes, naming it).
        var spans = await Eventually.ReturnsAsync(
            () => stack.Telemetry.TraceAsync(traceId),
            s => GatewayServer(s) is not null && TenantsServer(s) is not null && TenantsDatabase(s) is not null
                 && TenantsProducer(s) is not null && AssetsConsumer(s) is not null,
            TimeSpan.FromSeconds(60),
            because: $"trace {traceId} to hold the gateway's, tenants' and assets' spans");

        Assert.All(spans, s => Assert.Equal(traceId, s.TraceId));
        Assert.NotNull(GatewayServer(spans));
        Assert.Contains("departments", TenantsServer(spans)!.Attribute("url.path") ?? TenantsServer(spans)!.Name, StringComparison.Ordinal);
        Assert.NotNull(TenantsDatabase(spans));
        Assert.NotNull(TenantsProducer(spans));
        // One tree: from the consumer, parent by parent, through tenants' producer up to the gateway's request.
        var ancestors = AncestorsOf(AssetsConsumer(spans)!, spans);
        Assert.Contains(TenantsProducer(spans)!, ancestors);
        Assert.Contains(GatewayServer(spans)!, ancestors);
    }

    private static TelemetrySpan? GatewayServer(IReadOnlyList<TelemetrySpan> spans) =>
        spans.FirstOrDefault(s => s.Resource == ResourceNames.Gateway && s.Kind == SpanKind.Server);

    private static TelemetrySpan? TenantsServer(IReadOnlyList<TelemetrySpan> spans) =>
        spans.FirstOrDefault(s => s.Resource == ResourceNames.Tenants && s.Kind == SpanKind.Server);

    /// <summary>Npgsql's client span; newer semantic conventions name the attribute db.system.name.</summary>
    private static TelemetrySpan? TenantsDatabase(IReadOnlyList<TelemetrySpan> spans) =>
        spans.FirstOrDefault(s => s.Resource == ResourceNames.Tenants && s.Kind == SpanKind.Client
            && (s.Attribute("db.system") ?? s.Attribute("db.system.name")) == "postgresql");

    /// <summary>MassTransit's publish of DepartmentCreated, sent by tenants' outbox to RabbitMQ.</summary>
    private static TelemetrySpan? TenantsProducer(IReadOnlyList<TelemetrySpan> spans) =>
        spans.FirstOrDefault(s => s.Resource == ResourceNames.Tenants && s.Kind == SpanKind.Producer
            && (s.Attribute("messaging.system") ?? "rabbitmq") == "rabbitmq");

    private static TelemetrySpan? AssetsConsumer(IReadOnlyList<TelemetrySpan> spans) =>
        spans.FirstOrDefault(s => s.Resource == ResourceNames.Assets && s.Kind == SpanKind.Consumer);

    private static List<TelemetrySpan> AncestorsOf(TelemetrySpan span, IReadOnlyList<TelemetrySpan> spans)
    {
        var byId = spans.ToDictionary(s => s.SpanId);
        var ancestors = new List<TelemetrySpan>();
        for (var current = span; current.ParentSpanId is { } parent && byId.TryGetValue(parent, out current);)
        {
            ancestors.Add(current);
        }

        return ancestors;
    }
}
