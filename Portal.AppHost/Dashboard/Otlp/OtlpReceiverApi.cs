using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.AppHost.Dashboard.Otlp.Protocol.Collector;
using Portal.AppHost.Dashboard.Telemetry;

namespace Portal.AppHost.Dashboard.Otlp;

/// <summary>
/// OTLP/HTTP with protobuf bodies, as the OpenTelemetry exporters send it with
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>. Each request is parsed and stored at once: parsing
/// is quick and the stores only take a short lock, so an exporter is never held up by a reader.
/// </summary>
internal static class OtlpReceiverApi
{
    public const string ApiKeyHeader = "x-otlp-api-key";
    private const string ProtobufContentType = "application/x-protobuf";
    private const int MaxBodyBytes = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapOtlpReceiver(this IEndpointRouteBuilder endpoints, TelemetryStore store, string apiKey)
    {
        var key = Encoding.UTF8.GetBytes(apiKey);
        var otlp = endpoints.MapGroup("/v1");
        otlp.MapPost("/traces", (HttpRequest request) =>
            ReceiveAsync(request, key, ExportTraceServiceRequest.Parser, message => OtlpIngestion.Store(message, store), new ExportTraceServiceResponse()));
        otlp.MapPost("/logs", (HttpRequest request) =>
            ReceiveAsync(request, key, ExportLogsServiceRequest.Parser, message => OtlpIngestion.Store(message, store), new ExportLogsServiceResponse()));
        otlp.MapPost("/metrics", (HttpRequest request) =>
            ReceiveAsync(request, key, ExportMetricsServiceRequest.Parser, message => OtlpIngestion.Store(message, store), new ExportMetricsServiceResponse()));
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync<TRequest>(
        HttpRequest httpRequest, byte[] apiKey, MessageParser<TRequest> parser, Func<TRequest, int> store, IMessage response)
        where TRequest : IMessage<TRequest>
    {
        if (!HasApiKey(httpRequest, apiKey))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: $"The {ApiKeyHeader} header is missing or wrong.");
        }

        if (!IsProtobuf(httpRequest.ContentType))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: $"Only {ProtobufContentType} is accepted.");
        }

        TRequest request;
        try
        {
            request = parser.ParseFrom(await ReadBodyAsync(httpRequest, httpRequest.HttpContext.RequestAborted));
        }
        catch (Exception ex) when (ex is InvalidProtocolBufferException or InvalidDataException or BadHttpRequestException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not a valid OTLP protobuf message.", detail: ex.Message);
        }

        store(request);
        return TypedResults.Bytes(response.ToByteArray(), ProtobufContentType);
    }

    private static bool HasApiKey(HttpRequest request, byte[] apiKey) =>
        request.Headers.TryGetValue(ApiKeyHeader, out var values)
        && values.Count == 1
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(values[0] ?? string.Empty), apiKey);

    private static bool IsProtobuf(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals(ProtobufContentType, StringComparison.OrdinalIgnoreCase);

    /// <summary>The body, un-gzipped if the exporter compressed it, and never more than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var gzip = request.Headers.ContentEncoding.Any(e => string.Equals(e, "gzip", StringComparison.OrdinalIgnoreCase));
        var unzipped = gzip ? new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true) : null;
        await using var disposeUnzipped = unzipped;
        var source = unzipped ?? request.Body;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw new InvalidDataException($"The body is larger than {MaxBodyBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
