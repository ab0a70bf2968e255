using Portal.AppHost.Dashboard.Otlp.Protocol.Collector;
using Portal.AppHost.Dashboard.Otlp.Protocol.Metrics;
using Portal.AppHost.Dashboard.Otlp.Protocol.Trace;
using Portal.AppHost.Dashboard.Telemetry;

namespace Portal.AppHost.Dashboard.Otlp;

/// <summary>Converts parsed OTLP export requests into the store's entries; returns how many were kept.</summary>
internal static class OtlpIngestion
{
    public static int Store(ExportLogsServiceRequest request, TelemetryStore store)
    {
        var entries = new List<LogEntry>();
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var service = OtlpValues.ServiceName(resourceLogs.Resource);
            foreach (var scopeLogs in resourceLogs.ScopeLogs)
            {
                foreach (var record in scopeLogs.LogRecords)
                {
                    var attributes = OtlpValues.Attributes(record.Attributes, store.Limits);
                    var message = OtlpValues.Text(record.Body, store.Limits.MaxValueLength);
                    entries.Add(new LogEntry
                    {
                        Sequence = store.Logs.NextSequence(),
                        Timestamp = OtlpValues.Time(record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano),
                        Resource = service,
                        Level = OtlpValues.Level(record.SeverityNumber),
                        SeverityNumber = record.SeverityNumber,
                        Category = scopeLogs.Scope?.Name ?? string.Empty,
                        // Without a formatted message the template is the best there is.
                        Message = message.Length > 0 ? message : attributes.FirstOrDefault(a => a.Key == "{OriginalFormat}")?.Value ?? string.Empty,
                        TraceId = OtlpValues.Id(record.TraceId),
                        SpanId = OtlpValues.Id(record.SpanId),
                        Attributes = attributes,
                    });
                }
            }
        }

        store.Logs.Add(entries);
        return entries.Count;
    }

    public static int Store(ExportTraceServiceRequest request, TelemetryStore store)
    {
        var spans = new List<SpanEntry>();
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var service = OtlpValues.ServiceName(resourceSpans.Resource);
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                foreach (var span in scopeSpans.Spans)
                {
                    if (OtlpValues.Id(span.TraceId) is not { } traceId || OtlpValues.Id(span.SpanId) is not { } spanId)
                    {
                        continue;
                    }

                    spans.Add(new SpanEntry
                    {
                        TraceId = traceId,
                        SpanId = spanId,
                        ParentSpanId = OtlpValues.Id(span.ParentSpanId),
                        Name = span.Name,
                        Kind = KindName(span.Kind),
                        Resource = service,
                        Scope = scopeSpans.Scope?.Name ?? string.Empty,
                        Start = OtlpValues.Time(span.StartTimeUnixNano),
                        End = OtlpValues.Time(Math.Max(span.EndTimeUnixNano, span.StartTimeUnixNano)),
                        Status = span.Status?.Code switch
                        {
                            Status.Types.StatusCode.Error => "Error",
                            Status.Types.StatusCode.Ok => "Ok",
                            _ => "Unset",
                        },
                        StatusMessage = string.IsNullOrEmpty(span.Status?.Message) ? null : span.Status.Message,
                        Attributes = OtlpValues.Attributes(span.Attributes, store.Limits),
                        Events = [.. span.Events.Select(e => new SpanEvent(e.Name, OtlpValues.Time(e.TimeUnixNano), OtlpValues.Attributes(e.Attributes, store.Limits)))],
                    });
                }
            }
        }

        store.Traces.Add(spans);
        return spans.Count;
    }

    public static int Store(ExportMetricsServiceRequest request, TelemetryStore store)
    {
        var points = 0;
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var service = OtlpValues.ServiceName(resourceMetrics.Resource);
            foreach (var metric in resourceMetrics.ScopeMetrics.SelectMany(s => s.Metrics))
            {
                points += StoreMetric(service, metric, store);
            }
        }

        return points;
    }

    private static int StoreMetric(string service, Metric metric, TelemetryStore store)
    {
        switch (metric.DataCase)
        {
            case Metric.DataOneofCase.Gauge:
                var gauge = Describe(metric, MetricKind.Value);
                foreach (var point in metric.Gauge.DataPoints)
                {
                    store.Metrics.Add(service, gauge, OtlpValues.Attributes(point.Attributes, store.Limits),
                        new MetricSample(OtlpValues.Time(point.TimeUnixNano), point.StartTimeUnixNano, false, Number(point), 0, 0));
                }

                return metric.Gauge.DataPoints.Count;
            case Metric.DataOneofCase.Sum:
                var sum = Describe(metric, metric.Sum.IsMonotonic ? MetricKind.Counter : MetricKind.Value);
                var cumulative = metric.Sum.AggregationTemporality == AggregationTemporality.Cumulative;
                foreach (var point in metric.Sum.DataPoints)
                {
                    store.Metrics.Add(service, sum, OtlpValues.Attributes(point.Attributes, store.Limits),
                        new MetricSample(OtlpValues.Time(point.TimeUnixNano), point.StartTimeUnixNano, cumulative, Number(point), 0, 0));
                }

                return metric.Sum.DataPoints.Count;
            case Metric.DataOneofCase.Histogram:
                var histogram = Describe(metric, MetricKind.Histogram);
                var cumulativeHistogram = metric.Histogram.AggregationTemporality == AggregationTemporality.Cumulative;
                foreach (var point in metric.Histogram.DataPoints)
                {
                    store.Metrics.Add(service, histogram, OtlpValues.Attributes(point.Attributes, store.Limits),
                        new MetricSample(OtlpValues.Time(point.TimeUnixNano), point.StartTimeUnixNano, cumulativeHistogram, 0, point.Count, point.HasSum ? point.Sum : 0));
                }

                return metric.Histogram.DataPoints.Count;
            default:
                return 0;
        }
    }

    private static MetricDescriptor Describe(Metric metric, MetricKind kind) => new(metric.Name, metric.Unit, metric.Description, kind);

    private static double Number(NumberDataPoint point) =>
        point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;

    private static string KindName(Span.Types.SpanKind kind) => kind switch
    {
        Span.Types.SpanKind.Server => "Server",
        Span.Types.SpanKind.Client => "Client",
        Span.Types.SpanKind.Producer => "Producer",
        Span.Types.SpanKind.Consumer => "Consumer",
        _ => "Internal",
    };
}
