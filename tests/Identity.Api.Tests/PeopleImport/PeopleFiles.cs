using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests.PeopleImport;

/// <summary>People files as spreadsheets write them, and the import's requests: upload, wait for the job, read the answers.</summary>
public static class PeopleFiles
{
    public const string EnglishHeader = "Salutation,First name,Last name,E-mail,Account name,Language,Role,Portal areas,Objects,E-mail categories,Access";

    /// <summary>A plain UTF-8 file from lines (the header first).</summary>
    public static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    /// <summary>What Excel writes for "CSV UTF-8": a byte order mark first.</summary>
    public static byte[] Utf8WithBom(params string[] lines) => [0xEF, 0xBB, 0xBF, .. Utf8(lines)];

    /// <summary>A line of <paramref name="count"/> made-up people with unique addresses.</summary>
    public static IEnumerable<string> People(string tag, int count, string cellsAfterEmail = ",,en,member,,,,none") =>
        Enumerable.Range(1, count).Select(i => $"Mx,Person{i},{tag},{Email(tag, i)}{cellsAfterEmail}");

    public static string Email(string tag, int i) => $"p{i}-{tag}@import.test";

    public static async Task<HttpResponseMessage> UploadAsync(this IdentityFixture fixture, string token, string path, byte[] content, string fileName = "people.csv", string? language = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, path).WithBearer(token);
        request.Content = form;
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await fixture.Identity.SendAsync(request);
    }

    public static async Task<JsonElement> DryRunAsync(this IdentityFixture fixture, string token, Guid organizationId, byte[] content, string? language = null)
    {
        using var response = await fixture.UploadAsync(token, $"/api/identity/organizations/{organizationId}/people/dry-run", content, language: language);
        Xunit.Assert.True(response.IsSuccessStatusCode, $"dry run: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Starts the import and returns the job as the answer gives it.</summary>
    public static async Task<JsonElement> StartImportAsync(this IdentityFixture fixture, string token, Guid organizationId, byte[] content)
    {
        using var response = await fixture.UploadAsync(token, $"/api/identity/organizations/{organizationId}/people/imports", content);
        Xunit.Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"import: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> ImportAsync(this IdentityFixture fixture, string token, Guid organizationId, byte[] content)
    {
        var job = await fixture.StartImportAsync(token, organizationId, content);
        return await fixture.WaitForImportAsync(token, job.GetProperty("id").GetGuid());
    }

    public static async Task<JsonElement> WaitForImportAsync(this IdentityFixture fixture, string token, Guid importId, TimeSpan? timeout = null) =>
        await Eventually.ReturnsAsync(() => fixture.ImportStateAsync(token, importId), job => job.GetProperty("status").GetString() == "completed",
            timeout ?? TimeSpan.FromMinutes(3), because: "the import to complete");

    public static async Task<JsonElement> ImportStateAsync(this IdentityFixture fixture, string token, Guid importId)
    {
        using var response = await fixture.SendAsync(token, HttpMethod.Get, $"/api/identity/people-imports/{importId}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IEnumerable<JsonElement> Rows(this JsonElement plan) => plan.GetProperty("rows").EnumerateArray();

    public static JsonElement Row(this JsonElement plan, int row) => plan.Rows().Single(r => r.GetProperty("row").GetInt32() == row);

    public static string Action(this JsonElement row) => row.GetProperty("action").GetString()!;

    /// <summary>"field:code" of each problem of a row.</summary>
    public static List<string> Problems(this JsonElement row) =>
        [.. row.GetProperty("problems").EnumerateArray().Select(p => $"{p.GetProperty("field").GetString()}:{p.GetProperty("code").GetString()}")];

    public static int Count(this JsonElement element, string property) => element.GetProperty(property).GetInt32();
}
