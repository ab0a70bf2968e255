using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Benchmarking;
using Portal.Testing;

namespace PeopleImport.Benchmarks;

/// <summary>The job as <c>GET /api/identity/people-imports/{id}</c> answers it.</summary>
public sealed record ImportState(
    Guid Id, string Status, int TotalRows, int ProcessedRows, int Created, int Updated, int Unchanged, int Refused,
    DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt)
{
    public bool IsCompleted => Status == "completed";

    public override string ToString() =>
        $"{Status}: {ProcessedRows}/{TotalRows} processed, {Created} created, {Updated} updated, {Unchanged} unchanged, {Refused} refused";
}

/// <summary>A dry run's summary and how long the request took (sending the file to the last byte of the answer).</summary>
public sealed record DryRunResult(TimeSpan Elapsed, int TotalRows, int Create, int Update, int Unchanged, int Refused, long AnswerBytes);

/// <summary>The requests of the benchmark, straight to the services (no gateway), as the provider's administrator.</summary>
public sealed class PortalCalls(BenchmarkStack stack)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Access tokens live 10 minutes; a run is longer. Signed in again well before.
    private static readonly TimeSpan TokenAge = TimeSpan.FromMinutes(5);
    private string? _token;
    private long _tokenAt;

    public async Task<string> TokenAsync()
    {
        if (_token is null || Stopwatch.GetElapsedTime(_tokenAt) > TokenAge)
        {
            _token = await PasswordGrant.AccessTokenAsync(stack.Identity, BenchmarkStack.AdminEmail, BenchmarkStack.AdminPassword);
            _tokenAt = Stopwatch.GetTimestamp();
        }

        return _token;
    }

    /// <summary>A corporate customer through tenants; identity and notifications learn of it from tenants' event.</summary>
    public async Task<Guid> CreateCustomerAsync(string tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tenants/customers");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        request.Content = JsonContent.Create(new { name = $"Import benchmark {tag}", type = "corporate", slug = $"import-bench-{tag}" });
        using var response = await stack.Tenants.SendAsync(request);
        await ExpectAsync(response, HttpStatusCode.Created, "POST /api/tenants/customers");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<HttpResponseMessage> UploadAsync(string path, byte[] file, string fileName, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        request.Headers.AcceptLanguage.ParseAdd("en");
        return await stack.Identity.SendAsync(request, cancellationToken);
    }

    /// <summary>The dry run, timed from the first byte sent to the last byte of the answer read.</summary>
    public async Task<DryRunResult> DryRunAsync(Guid customerId, byte[] file, string fileName, CancellationToken cancellationToken)
    {
        await TokenAsync();
        var watch = Stopwatch.StartNew();
        using var response = await UploadAsync($"/api/identity/organizations/{customerId}/people/dry-run", file, fileName, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        watch.Stop();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchmarkFailedException($"dry run: {(int)response.StatusCode} {Truncate(System.Text.Encoding.UTF8.GetString(body))}");
        }

        var plan = JsonDocument.Parse(body).RootElement;
        var summary = plan.GetProperty("summary");
        return new DryRunResult(watch.Elapsed, plan.GetProperty("totalRows").GetInt32(),
            summary.GetProperty("create").GetInt32(), summary.GetProperty("update").GetInt32(),
            summary.GetProperty("unchanged").GetInt32(), summary.GetProperty("refused").GetInt32(), body.LongLength);
    }

    /// <summary>POST of the import: the job as the 202 answers it.</summary>
    public async Task<ImportState> StartImportAsync(Guid customerId, byte[] file, string fileName, CancellationToken cancellationToken)
    {
        using var response = await UploadAsync($"/api/identity/organizations/{customerId}/people/imports", file, fileName, cancellationToken);
        await ExpectAsync(response, HttpStatusCode.Accepted, "POST people/imports");
        return (await response.Content.ReadFromJsonAsync<ImportState>(Json, cancellationToken))!;
    }

    public async Task<ImportState> ImportAsync(Guid importId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/identity/people-imports/{importId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        using var response = await stack.Identity.SendAsync(request, cancellationToken);
        await ExpectAsync(response, HttpStatusCode.OK, "GET people-imports/{id}");
        return (await response.Content.ReadFromJsonAsync<ImportState>(Json, cancellationToken))!;
    }

    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        if (response.StatusCode != expected)
        {
            throw new BenchmarkFailedException($"{what}: expected {(int)expected}, got {(int)response.StatusCode} {Truncate(await response.Content.ReadAsStringAsync())}");
        }
    }

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] + "…" : text;
}
