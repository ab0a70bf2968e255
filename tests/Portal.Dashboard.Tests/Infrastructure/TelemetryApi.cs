using System.Net;
using System.Text.Json;

namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>
/// The real dashboard's HTTP telemetry API (<c>/api/telemetry/*</c>, OTLP JSON), open to the API key the
/// AppHost gave it (header <c>x-api-key</c>). Telemetry arrives in batches: a 404 (no such trace or
/// resource yet) reads as "nothing so far", so that callers can wait for it.
/// </summary>
public sealed class TelemetryApi : IDisposable
{
    private readonly HttpClient _http;

    public TelemetryApi(Uri dashboard, string apiKey)
    {
        _http = new HttpClient { BaseAddress = dashboard };
        _http.DefaultRequestHeaders.Add("x-api-key", apiKey);
    }

    /// <summary>Every span of one trace, from every resource.</summary>
    public async Task<IReadOnlyList<TelemetrySpan>> TraceAsync(string traceId) =>
        await GetAsync($"/api/telemetry/traces/{traceId}", data => Spans(data.GetProperty("resourceSpans")));

    /// <summary>The newest structured log records of one resource.</summary>
    public async Task<IReadOnlyList<TelemetryLogRecord>> LogsAsync(string resource) =>
        await GetAsync($"/api/telemetry/logs?resource={Uri.EscapeDataString(resource)}&limit=1000", data => Logs(data.GetProperty("resourceLogs")));

    /// <summary>The status of a call without the key, to prove the API is not open to anyone.</summary>
    public async Task<HttpStatusCode> StatusWithoutKeyAsync(string path)
    {
        using var anonymous = new HttpClient { BaseAddress = _http.BaseAddress };
        using var response = await anonymous.GetAsync(path);
        return response.StatusCode;
    }

    public void Dispose() => _http.Dispose();

    private async Task<IReadOnlyList<T>> GetAsync<T>(string path, Func<JsonElement, IEnumerable<T>> read)
    {
        using var response = await _http.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("data", out var data) ? [.. read(data)] : [];
    }

    private static IEnumerable<TelemetrySpan> Spans(JsonElement resourceSpans) =>
        from resource in Items(resourceSpans)
        let name = ServiceName(resource)
        from scope in Items(resource, "scopeSpans")
        from span in Items(scope, "spans")
        select new TelemetrySpan(
            name,
            span.GetProperty("traceId").GetString()!,
            span.GetProperty("spanId").GetString()!,
            span.TryGetProperty("parentSpanId", out var parent) && parent.GetString() is { Length: > 0 } parentId ? parentId : null,
            span.GetProperty("name").GetString()!,
            span.TryGetProperty("kind", out var kind) ? (SpanKind)kind.GetInt32() : SpanKind.Unspecified,
            Attributes(span));

    private static IEnumerable<TelemetryLogRecord> Logs(JsonElement resourceLogs) =>
        from resource in Items(resourceLogs)
        let name = ServiceName(resource)
        from scope in Items(resource, "scopeLogs")
        let category = scope.TryGetProperty("scope", out var s) && s.TryGetProperty("name", out var n) ? n.GetString() ?? "" : ""
        from record in Items(scope, "logRecords")
        select new TelemetryLogRecord(
            name,
            category,
            record.TryGetProperty("severityText", out var severity) ? severity.GetString() ?? "" : "",
            record.TryGetProperty("body", out var body) ? Text(body) : "");

    private static string ServiceName(JsonElement resource) =>
        resource.TryGetProperty("resource", out var r) && Attributes(r).TryGetValue("service.name", out var name) ? name : "";

    private static Dictionary<string, string> Attributes(JsonElement owner) =>
        Items(owner, "attributes").ToDictionary(a => a.GetProperty("key").GetString()!, a => Text(a.GetProperty("value")));

    /// <summary>An OTLP AnyValue as text (strings, numbers, booleans; nested values as their JSON).</summary>
    private static string Text(JsonElement value)
    {
        foreach (var property in value.EnumerateObject())
        {
            return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }

        return "";
    }

    private static JsonElement[] Items(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static JsonElement[] Items(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var array) ? Items(array) : [];
}
