using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using Portal.ServiceDefaults.Health;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Portal.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Activity sources of our own code (outbox dispatch) and of MassTransit.</summary>
    public static readonly string[] TracedSources = [PortalActivitySource.Name, "MassTransit"];

    /// <summary>The names under which the OTLP exporter asks IHttpClientFactory for its clients.</summary>
    private static readonly string[] OtlpExporterHttpClients = ["OtlpTraceExporter", "OtlpMetricExporter", "OtlpLogExporter"];

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(TracedSources)
                .AddAspNetCoreInstrumentation(options =>
                    // Health probes every 250 ms would drown the real requests.
                    options.Filter = context => !IsHealthProbe(context.Request.Path))
                .AddHttpClientInstrumentation());

        // Export only when an endpoint is configured, as the Aspire template does: the AppHost sets
        // OTEL_EXPORTER_OTLP_ENDPOINT when its dashboard receives telemetry.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();

            // Telemetry is best effort: the exporter's clients must not inherit the standard
            // resilience handler, whose retries would hold up every shutdown while the receiver is away.
            foreach (var client in OtlpExporterHttpClients)
            {
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental.
                builder.Services.AddHttpClient(client).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
            }
        }

        return builder;
    }

    private static bool IsHealthProbe(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments(HealthEndpoints.HealthPath) || path.StartsWithSegments(HealthEndpoints.AlivePath);
}
