using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Portal.AppHost.Dashboard.Api;
using Portal.AppHost.Dashboard.Otlp.Protocol.Collector;
using Portal.AppHost.Dashboard.Otlp.Protocol.Common;
using Portal.AppHost.Dashboard.Otlp.Protocol.Trace;
using Portal.AppHost.Dashboard.Telemetry;
using Portal.Dashboard.Tests.Infrastructure;
using OtlpResource = Portal.AppHost.Dashboard.Otlp.Protocol.Resource.Resource;

namespace Portal.Dashboard.Tests;

/// <summary>
/// The receiver fed by the real OpenTelemetry .NET exporter (OTLP/HTTP protobuf, as the services send
/// it), read back through the dashboard's JSON API.
/// </summary>
public sealed class OtlpReceiverTests(EmptyApplicationFixture app) : IClassFixture<EmptyApplicationFixture>
{
    [Fact]
    public async Task SpansFromTheOpenTelemetryExporterShowUpAsATraceWithItsWaterfall()
    {
        var service = $"exporter-{Guid.NewGuid():N}";
        using var source = new ActivitySource(service);
        string traceId;
        using (var tracing = Sdk.CreateTracerProviderBuilder()
            .ConfigureResource(r => r.AddService(service))
            .AddSource(service)
            .AddOtlpExporter(o => Configure(o, "/v1/traces"))
            .Build())
        {
            using (var request = source.StartActivity("GET /orders", ActivityKind.Server)!)
            {
                traceId = request.TraceId.ToHexString();
                using (var query = source.StartActivity("SELECT orders", ActivityKind.Client)!)
                {
                    query.SetTag("db.system", "postgresql");
                    query.SetStatus(ActivityStatusCode.Error, "connection reset");
                }
            }

            Assert.True(tracing.ForceFlush(10_000));
        }

        using var dashboard = await DashboardClient.SignInAsync(app.Dashboard);
        var traces = await dashboard.GetAsync<List<TraceSummary>>($"/api/traces?resource={service}");
        var summary = Assert.Single(traces!);
        Assert.Equal(traceId, summary.TraceId);
        Assert.Equal($"{service}: GET /orders", summary.Name);
        Assert.Equal(2, summary.SpanCount);
        Assert.Equal(1, summary.ErrorCount);
        Assert.Empty((await dashboard.GetAsync<List<TraceSummary>>($"/api/traces?resource={service}&minSpans=3"))!);

        var trace = await dashboard.GetAsync<TraceDto>($"/api/traces/{traceId}");
        Assert.Collection(trace!.Spans,
            root => Assert.Equal(("GET /orders", 0, "Server", "Unset"), (root.Name, root.Depth, root.Kind, root.Status)),
            child =>
            {
                Assert.Equal(("SELECT orders", 1, "Client", "Error"), (child.Name, child.Depth, child.Kind, child.Status));
                Assert.Equal("connection reset", child.StatusMessage);
                Assert.Contains(new TelemetryAttribute("db.system", "postgresql"), child.Attributes);
                Assert.Equal(trace.Spans[0].SpanId, child.ParentSpanId);
            });
    }

    [Fact]
    public async Task LogsFromTheOpenTelemetryExporterCanBeFilteredByResourceLevelTextAndTraceId()
    {
        var service = $"exporter-{Guid.NewGuid():N}";
        var traceId = ActivityTraceId.CreateRandom();
        using (var loggerFactory = LoggerFactory.Create(logging => logging.AddOpenTelemetry(otel =>
        {
            otel.SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(service));
            otel.IncludeFormattedMessage = true;
            otel.AddOtlpExporter(o => Configure(o, "/v1/logs"));
        })))
        {
            var logger = loggerFactory.CreateLogger("Orders.Checkout");
            logger.LogInformation("Order {OrderId} placed", 4711);
            using (var activity = new Activity("checkout").SetParentId(traceId, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start())
            {
                logger.LogError("Payment for order {OrderId} failed", 4712);
            }
        }

        using var dashboard = await DashboardClient.SignInAsync(app.Dashboard);
        var all = await dashboard.GetAsync<List<LogEntry>>($"/api/logs?resource={service}");
        Assert.Equal(["Payment for order 4712 failed", "Order 4711 placed"], all!.Select(l => l.Message));
        var info = all![1];
        Assert.Equal(("Information", "Orders.Checkout"), (info.Level, info.Category));
        Assert.Contains(new TelemetryAttribute("OrderId", "4711"), info.Attributes);

        var errors = await dashboard.GetAsync<List<LogEntry>>($"/api/logs?resource={service}&level=error");
        Assert.Equal("Payment for order 4712 failed", Assert.Single(errors!).Message);
        var byText = await dashboard.GetAsync<List<LogEntry>>($"/api/logs?resource={service}&text=4711");
        Assert.Equal("Order 4711 placed", Assert.Single(byText!).Message);
        var byTrace = await dashboard.GetAsync<List<LogEntry>>($"/api/logs?traceId={traceId.ToHexString()}");
        Assert.Equal("Payment for order 4712 failed", Assert.Single(byTrace!).Message);
    }

    [Fact]
    public async Task MetricsFromTheOpenTelemetryExporterBecomeRatesAndMeans()
    {
        var service = $"exporter-{Guid.NewGuid():N}";
        using var meter = new Meter(service);
        var orders = meter.CreateCounter<long>("orders.placed", "{order}");
        var duration = meter.CreateHistogram<double>("checkout.duration", "s");
        var open = meter.CreateUpDownCounter<int>("carts.open", "{cart}");
        using (var metrics = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(r => r.AddService(service))
            .AddMeter(service)
            .AddOtlpExporter((o, _) => Configure(o, "/v1/metrics"))
            .Build())
        {
            orders.Add(30, new KeyValuePair<string, object?>("channel", "web"));
            orders.Add(12, new KeyValuePair<string, object?>("channel", "phone"));
            duration.Record(0.2);
            duration.Record(0.4);
            open.Add(5);
            Assert.True(metrics.ForceFlush(10_000));
            // Cumulative, as the exporter sends by default: the second export must count only what is new.
            orders.Add(8, new KeyValuePair<string, object?>("channel", "web"));
            Assert.True(metrics.ForceFlush(10_000));
        }

        using var dashboard = await DashboardClient.SignInAsync(app.Dashboard);
        var names = await dashboard.GetAsync<List<MetricDescriptor>>($"/api/metrics/{service}");
        Assert.Equal(["carts.open", "checkout.duration", "orders.placed"], names!.Select(m => m.Name));

        var placed = await dashboard.GetAsync<MetricChart>($"/api/metrics/{service}/orders.placed?minutes=5&step=60");
        Assert.Equal((MetricKind.Counter, "{order}", 50d), (placed!.Metric.Kind, placed.Metric.Unit, placed.Total));
        var checkout = await dashboard.GetAsync<MetricChart>($"/api/metrics/{service}/checkout.duration?minutes=5&step=60");
        Assert.Equal(2, checkout!.Total);
        Assert.Equal(0.3, checkout.Points.Single(p => p.Mean is not null).Mean!.Value, precision: 6);
        var carts = await dashboard.GetAsync<MetricChart>($"/api/metrics/{service}/carts.open?minutes=5");
        Assert.Equal((MetricKind.Value, 5d), (carts!.Metric.Kind, carts.Total));
    }

    [Fact]
    public async Task ExportsWithoutTheApiKeyAreRefusedAndNotKept()
    {
        var service = $"intruder-{Guid.NewGuid():N}";
        using var http = new HttpClient { BaseAddress = app.Dashboard.OtlpUrl };

        using var withoutKey = await http.SendAsync(TraceExport(service, apiKey: null, gzip: false));
        using var wrongKey = await http.SendAsync(TraceExport(service, apiKey: "not-the-key", gzip: false));

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        using var dashboard = await DashboardClient.SignInAsync(app.Dashboard);
        Assert.Empty((await dashboard.GetAsync<List<TraceSummary>>($"/api/traces?resource={service}"))!);
    }

    [Fact]
    public async Task GzippedExportsAreAccepted()
    {
        var service = $"gzip-{Guid.NewGuid():N}";
        using var http = new HttpClient { BaseAddress = app.Dashboard.OtlpUrl };

        using var response = await http.SendAsync(TraceExport(service, app.Dashboard.OtlpApiKey, gzip: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType?.MediaType);
        using var dashboard = await DashboardClient.SignInAsync(app.Dashboard);
        Assert.Single((await dashboard.GetAsync<List<TraceSummary>>($"/api/traces?resource={service}"))!);
    }

    [Fact]
    public async Task TheReceiverKeepsOnlyTheConfiguredNumberOfSpansTheNewestOnes()
    {
        var service = $"flood-{Guid.NewGuid():N}";
        using var http = new HttpClient { BaseAddress = app.Dashboard.OtlpUrl };
        for (var i = 0; i < EmptyApplicationFixture.MaxSpans + 20; i++)
        {
            using var response = await http.SendAsync(TraceExport(service, app.Dashboard.OtlpApiKey, gzip: false, spanName: $"span {i}", startedMsAgo: 1000 - i));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var dashboard = await DashboardClient.SignInAsync(app.Dashboard);
        var kept = await dashboard.GetAsync<List<TraceSummary>>($"/api/traces?resource={service}&limit=1000");
        Assert.Equal(EmptyApplicationFixture.MaxSpans, kept!.Count);
        Assert.Equal($"{service}: span {EmptyApplicationFixture.MaxSpans + 19}", kept[0].Name);
        Assert.DoesNotContain(kept, t => t.Name == $"{service}: span 0");
    }

    [Fact]
    public async Task TheDashboardAnswersOnlyAfterTheLoginLink()
    {
        using var anonymous = DashboardClient.Anonymous(app.Dashboard);

        using var api = await anonymous.GetAsync("/api/resources");
        using var page = await anonymous.GetAsync("/traces");
        using var wrongToken = await anonymous.GetAsync("/login?t=guessed");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/login"), (page.StatusCode, page.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
        using var dashboard = await DashboardClient.SignInAsync(app.Dashboard);
        using var signedIn = await dashboard.Http.GetAsync("/traces");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Theory]
    [InlineData("/api/logs?level=loud", "level")]
    [InlineData("/api/logs?limit=0", "limit")]
    [InlineData("/api/traces?minSpans=0", "minSpans")]
    [InlineData("/api/metrics/gateway/http.server.request.duration?minutes=600", "minutes")]
    public async Task BadFiltersAreRefusedNamingTheField(string path, string field)
    {
        using var dashboard = await DashboardClient.SignInAsync(app.Dashboard);

        using var response = await dashboard.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private void Configure(OtlpExporterOptions options, string path)
    {
        options.Protocol = OtlpExportProtocol.HttpProtobuf;
        options.Endpoint = new Uri(app.Dashboard.OtlpUrl, path);
        options.Headers = $"x-otlp-api-key={app.Dashboard.OtlpApiKey}";
    }

    /// <summary>One span, encoded with the receiver's own OTLP messages (the exporter cannot gzip).</summary>
    private static HttpRequestMessage TraceExport(string service, string? apiKey, bool gzip, string spanName = "work", int startedMsAgo = 0)
    {
        var start = (ulong)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - startedMsAgo) * 1_000_000;
        var export = new ExportTraceServiceRequest
        {
            ResourceSpans =
            {
                new ResourceSpans
                {
                    Resource = new OtlpResource { Attributes = { new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = service } } } },
                    ScopeSpans =
                    {
                        new ScopeSpans
                        {
                            Spans =
                            {
                                new Span
                                {
                                    TraceId = ByteString.CopyFrom(Convert.FromHexString(ActivityTraceId.CreateRandom().ToHexString())),
                                    SpanId = ByteString.CopyFrom(Convert.FromHexString(ActivitySpanId.CreateRandom().ToHexString())),
                                    Name = spanName,
                                    StartTimeUnixNano = start,
                                    EndTimeUnixNano = start + 1_000_000,
                                },
                            },
                        },
                    },
                },
            },
        };
        var body = export.ToByteArray();
        if (gzip)
        {
            using var compressed = new MemoryStream();
            using (var zip = new GZipStream(compressed, CompressionLevel.Fastest))
            {
                zip.Write(body);
            }

            body = compressed.ToArray();
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        if (gzip)
        {
            content.Headers.ContentEncoding.Add("gzip");
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/traces") { Content = content };
        if (apiKey is not null)
        {
            request.Headers.Add("x-otlp-api-key", apiKey);
        }

        return request;
    }
}
