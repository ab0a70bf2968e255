using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.AppHost.Dashboard.Telemetry;

namespace Portal.AppHost.Dashboard.Api;

/// <summary>Structured logs, traces and metrics as received over OTLP.</summary>
internal static class TelemetryApi
{
    private static readonly Dictionary<string, int> MinimumSeverities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trace"] = 1,
        ["debug"] = 5,
        ["information"] = 9,
        ["warning"] = 13,
        ["error"] = 17,
        ["critical"] = 21,
    };

    public static IEndpointRouteBuilder MapTelemetryApi(this IEndpointRouteBuilder endpoints, TelemetryStore store, TimeProvider clock)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/logs", (string? resource, string? level, string? text, string? traceId, long? after, int? limit) =>
            GetLogs(store, resource, level, text, traceId, after, limit));
        api.MapGet("/traces", (string? resource, bool? errors, int? minSpans, int? limit) => GetTraces(store, resource, errors, minSpans, limit));
        api.MapGet("/traces/{traceId}", (string traceId) => GetTrace(store, traceId));
        api.MapGet("/metrics/{resource}", (string resource) => TypedResults.Ok(store.Metrics.GetMetrics(resource)));
        api.MapGet("/metrics/{resource}/{name}", (string resource, string name, int? minutes, int? step) =>
            GetChart(store, clock, resource, name, minutes, step));
        return endpoints;
    }

    public static Results<Ok<IReadOnlyList<LogEntry>>, ValidationProblem> GetLogs(
        TelemetryStore store, string? resource, string? level, string? text, string? traceId, long? after, int? limit)
    {
        var errors = new Dictionary<string, string[]>();
        int? minimum = null;
        if (!string.IsNullOrEmpty(level))
        {
            if (MinimumSeverities.TryGetValue(level, out var severity))
            {
                minimum = severity;
            }
            else
            {
                errors["level"] = [$"Must be one of: {string.Join(", ", MinimumSeverities.Keys)}."];
            }
        }

        CheckLimit(limit, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = new LogQuery(Blank(resource), minimum, Blank(text), Blank(traceId)?.ToLowerInvariant(), after ?? 0);
        return TypedResults.Ok(store.Logs.Query(query, limit ?? 200));
    }

    public static Results<Ok<IReadOnlyList<TraceSummary>>, ValidationProblem> GetTraces(
        TelemetryStore store, string? resource, bool? errorsOnly, int? minimumSpans, int? limit)
    {
        var errors = new Dictionary<string, string[]>();
        CheckLimit(limit, errors);
        if (minimumSpans is < 1)
        {
            errors["minSpans"] = ["Must be 1 or more."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(store.Traces.GetTraces(Blank(resource), errorsOnly ?? false, minimumSpans ?? 1, limit ?? 100));
    }

    public static Results<Ok<TraceDto>, NotFound> GetTrace(TelemetryStore store, string traceId)
    {
        var spans = store.Traces.GetTrace(traceId);
        return spans.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(TraceWaterfall.Build(traceId.ToLowerInvariant(), spans));
    }

    public static Results<Ok<MetricChart>, NotFound, ValidationProblem> GetChart(
        TelemetryStore store, TimeProvider clock, string resource, string name, int? minutes, int? step)
    {
        var errors = new Dictionary<string, string[]>();
        if (minutes is < 1 or > 60)
        {
            errors["minutes"] = ["Must be between 1 and 60."];
        }

        if (step is < 1 or > 300)
        {
            errors["step"] = ["Must be between 1 and 300 seconds."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var chart = store.Metrics.GetChart(resource, name, TimeSpan.FromMinutes(minutes ?? 5), step ?? 5, clock.GetUtcNow());
        return chart is null ? TypedResults.NotFound() : TypedResults.Ok(chart);
    }

    private static void CheckLimit(int? limit, Dictionary<string, string[]> errors)
    {
        if (limit is < 1 or > 1000)
        {
            errors["limit"] = ["Must be between 1 and 1000."];
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
