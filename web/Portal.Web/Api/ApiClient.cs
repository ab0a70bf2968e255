using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Web.Authentication;

namespace Portal.Web.Api;

/// <summary>
/// Calls a Portal service with the signed-in user's access token. Every outcome becomes an
/// <see cref="ApiResult{T}"/>: pages show problems in words, never as an exception.
/// </summary>
public abstract class ApiClient(HttpClient http, AccessTokenAccessor tokens)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The type a request's answer is read as. A client method may return something else than it
    /// reads (a list gathered from pages), so the contract test takes the read type from here to
    /// compare exactly what is deserialized with the documented response.
    /// </summary>
    public static readonly HttpRequestOptionsKey<Type> ReadsAs = new("Portal.Web.Api.ReadsAs");

    protected Task<ApiResult<T>> GetAsync<T>(string uri, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Get, uri, null, cancellationToken);

    protected Task<ApiResult<T>> PostAsync<T>(string uri, object? body, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Post, uri, body, cancellationToken);

    protected async Task<ApiResult<bool>> SendAsync(HttpMethod method, string uri, object? body, CancellationToken cancellationToken)
    {
        var result = await SendAsync<JsonElement?>(method, uri, body, cancellationToken);
        return result.Succeeded ? new ApiResult<bool>(true, null) : new ApiResult<bool>(false, result.Problem);
    }

    /// <summary>For the few public routes, which must answer before anyone signs in.</summary>
    protected Task<ApiResult<T>> GetAnonymousAsync<T>(string uri, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, uri, null, async (content, cancel) => (await content.ReadFromJsonAsync<T>(Json, cancel))!, cancellationToken, anonymous: true);

    protected Task<ApiResult<string>> GetTextAsync(string uri, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, uri, null, (content, cancel) => content.ReadAsStringAsync(cancel), cancellationToken);

    protected Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string uri, object? body, CancellationToken cancellationToken) =>
        SendAsync(method, uri, body, async (content, cancel) => (await content.ReadFromJsonAsync<T>(Json, cancel))!, cancellationToken);

    /// <summary>A file as a form's <paramref name="field"/> (multipart), the way a browser uploads it; the answer is JSON.</summary>
    protected Task<ApiResult<T>> PostFileAsync<T>(string uri, string field, UploadedFile file, CancellationToken cancellationToken)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file.Content);
        // What the browser said the file is; a type it made up is no reason to refuse the upload here.
        content.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var type) ? type : new MediaTypeHeaderValue("text/csv");
        form.Add(content, field, file.FileName);
        return SendAsync(HttpMethod.Post, uri, form, async (answer, cancel) => (await answer.ReadFromJsonAsync<T>(Json, cancel))!, cancellationToken);
    }

    /// <summary>
    /// A file the service answers with (a CSV), whole: a problem answer must be read before the page can
    /// tell a file from a refusal, and the files are bounded (the import's limits).
    /// </summary>
    protected Task<ApiResult<DownloadedFile>> GetFileAsync(string uri, string fallbackFileName, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, uri, null, async (content, cancel) => new DownloadedFile(
            content.Headers.ContentDisposition?.FileNameStar ?? content.Headers.ContentDisposition?.FileName?.Trim('"') ?? fallbackFileName,
            content.Headers.ContentType?.ToString() ?? "application/octet-stream",
            await content.ReadAsByteArrayAsync(cancel)), cancellationToken);

    private async Task<ApiResult<T>> SendAsync<T>(
        HttpMethod method, string uri, object? body, Func<HttpContent, CancellationToken, Task<T>> read, CancellationToken cancellationToken, bool anonymous = false)
    {
        var token = anonymous ? null : await tokens.GetAsync(cancellationToken);
        if (token is null && !anonymous)
        {
            return new ApiResult<T>(default, ApiLanguage.Problem(401, "session_ended", "Api.SessionEnded"));
        }

        using var request = new HttpRequestMessage(method, uri);
        request.Options.Set(ReadsAs, typeof(T));
        // The services answer problems in the caller's language; this is the page's.
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(ApiLanguage.Current));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            // Content made by the caller (a file upload) goes as it is; anything else is the JSON body.
            request.Content = body as HttpContent ?? JsonContent.Create(body, options: Json);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                return new ApiResult<T>(default, ApiProblem.Parse((int)response.StatusCode, response.ReasonPhrase, text));
            }

            if (response.Content.Headers.ContentLength == 0 || response.StatusCode == System.Net.HttpStatusCode.NoContent)
            {
                return new ApiResult<T>(default!, null);
            }

            return new ApiResult<T>(await read(response.Content, cancellationToken), null);
        }
        catch (HttpRequestException)
        {
            // The exception's own message is English and technical: the page says it in its words.
            return new ApiResult<T>(default, ApiLanguage.Problem(503, "service_unreachable", "Api.Unreachable"));
        }
    }

    protected static string Query(string path, params (string Name, string? Value)[] parameters) => PathWithQuery.Of(path, parameters);
}
