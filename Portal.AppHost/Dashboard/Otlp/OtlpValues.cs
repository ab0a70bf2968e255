using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Portal.AppHost.Dashboard.Otlp.Protocol.Common;
using Portal.AppHost.Dashboard.Telemetry;
using OtlpResource = Portal.AppHost.Dashboard.Otlp.Protocol.Resource.Resource;

namespace Portal.AppHost.Dashboard.Otlp;

/// <summary>Reads OTLP's ids, timestamps and attribute values into the text the dashboard shows.</summary>
internal static class OtlpValues
{
    private const string UnknownService = "unknown";

    /// <summary>Lower-case hex, as W3C traceparent writes ids; null for an absent (empty or all-zero) id.</summary>
    public static string? Id(ByteString id) =>
        id.IsEmpty || id.Span.IndexOfAnyExcept((byte)0) < 0 ? null : Convert.ToHexStringLower(id.Span);

    public static DateTimeOffset Time(ulong unixNanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(unixNanoseconds / 100));

    /// <summary>The resource's <c>service.name</c>: the AppHost sets it (OTEL_SERVICE_NAME) to the resource name.</summary>
    public static string ServiceName(OtlpResource? resource) =>
        resource?.Attributes.FirstOrDefault(a => a.Key == "service.name")?.Value is { } name ? Text(name, 200) : UnknownService;

    public static IReadOnlyList<TelemetryAttribute> Attributes(RepeatedField<KeyValue> attributes, TelemetryLimits limits)
    {
        if (attributes.Count == 0)
        {
            return [];
        }

        var result = new List<TelemetryAttribute>(Math.Min(attributes.Count, limits.MaxAttributes));
        foreach (var attribute in attributes.Take(limits.MaxAttributes))
        {
            result.Add(new TelemetryAttribute(attribute.Key, Text(attribute.Value, limits.MaxValueLength)));
        }

        return result;
    }

    public static string Text(AnyValue? value, int maxLength)
    {
        var text = value?.ValueCase switch
        {
            AnyValue.ValueOneofCase.StringValue => value.StringValue,
            AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
            AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
            AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
            AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.Span),
            AnyValue.ValueOneofCase.ArrayValue => $"[{string.Join(", ", value.ArrayValue.Values.Select(v => Text(v, maxLength)))}]",
            AnyValue.ValueOneofCase.KvlistValue => $"{{{string.Join(", ", value.KvlistValue.Values.Select(kv => $"{kv.Key}: {Text(kv.Value, maxLength)}"))}}}",
            _ => string.Empty,
        };
        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength), "…");
    }

    /// <summary>The .NET level names for OTLP's severity ranges.</summary>
    public static string Level(int severityNumber) => severityNumber switch
    {
        >= 21 => "Critical",
        >= 17 => "Error",
        >= 13 => "Warning",
        >= 9 => "Information",
        >= 5 => "Debug",
        >= 1 => "Trace",
        _ => "Unspecified",
    };
}
