using System.Net;
using System.Text.Json.Nodes;
using Portal.Web.Api;

namespace Portal.Web.Contract.Tests;

/// <summary>
/// Stands in for the gateway: keeps each request as the client sent it and answers 204, which every
/// client method takes as "done, nothing to read", so that no answer has to be invented.
/// </summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests => _requests;

    public void Clear() => _requests.Clear();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A form (a file upload) is kept by its fields' names: its parts are no JSON to compare.
        var form = request.Content as MultipartFormDataContent;
        var body = request.Content is null || form is not null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        request.Options.TryGetValue(ApiClient.ReadsAs, out var readsAs);
        _requests.Add(new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body),
            readsAs,
            request.Headers.Authorization?.Scheme == "Bearer",
            string.Join(", ", request.Headers.AcceptLanguage.Select(l => l.Value)),
            form?.Select(part => part.Headers.ContentDisposition?.Name?.Trim('"') ?? "").ToList()));
        return new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request };
    }
}

/// <summary>
/// One request a client method sent; <see cref="ReadsAs"/> is the type it would read the answer as,
/// <see cref="AcceptLanguage"/> the language it asked the service to answer in, <see cref="FormFields"/> the
/// names of a form's fields when it sent one (multipart) instead of JSON.
/// </summary>
internal sealed record RecordedRequest(string Method, Uri Uri, JsonNode? Body, Type? ReadsAs, bool SignedIn, string AcceptLanguage, IReadOnlyList<string>? FormFields = null)
{
    public string Path => Uri.AbsolutePath;

    public IReadOnlyList<string> QueryNames =>
        Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => Uri.UnescapeDataString(pair.Split('=')[0]))
            .ToList();
}
