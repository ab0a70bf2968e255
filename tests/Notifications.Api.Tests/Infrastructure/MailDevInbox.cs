using System.Net.Http.Json;
using System.Text.Json;

namespace Notifications.Api.Tests.Infrastructure;

/// <summary>What arrived at MailDev, read through its REST API (<c>GET /api/email</c>).</summary>
public sealed class MailDevInbox(Func<HttpClient> client)
{
    public async Task<IReadOnlyList<ReceivedMail>> ToAsync(string address)
    {
        using var http = client();
        var mails = await http.GetFromJsonAsync<JsonElement>("/api/email");
        return [.. mails.EnumerateArray()
            .Where(m => m.GetProperty("to").EnumerateArray().Any(to => string.Equals(to.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => new ReceivedMail(
                m.GetProperty("subject").GetString() ?? "",
                m.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
                m.TryGetProperty("html", out var html) ? html.GetString() ?? "" : "",
                Headers(m)))];
    }

    /// <summary>Waits for the first mail to <paramref name="address"/>, then a little longer for a second that should not come.</summary>
    public async Task<ReceivedMail> ExactlyOneToAsync(string address, TimeSpan? timeout = null)
    {
        await Eventually.ReturnsAsync(() => ToAsync(address), mails => mails.Count > 0, timeout, because: $"a mail to {address}");
        await Task.Delay(TimeSpan.FromSeconds(2));
        return Assert.Single(await ToAsync(address));
    }

    private static Dictionary<string, string> Headers(JsonElement mail)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (mail.TryGetProperty("headers", out var all) && all.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in all.EnumerateObject())
            {
                headers[header.Name] = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString() ?? "" : header.Value.ToString();
            }
        }

        return headers;
    }
}

public sealed record ReceivedMail(string Subject, string Text, string Html, IReadOnlyDictionary<string, string> Headers)
{
    public override string ToString() => Subject;
}
