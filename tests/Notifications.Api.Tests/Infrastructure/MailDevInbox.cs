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
                m.GetProperty("id").GetString() ?? "",
                m.GetProperty("subject").GetString() ?? "",
                m.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
                m.TryGetProperty("html", out var html) ? html.GetString() ?? "" : ""))];
    }

    /// <summary>
    /// The mail's headers as they were sent, read from its raw source (MailDev's parsed headers merge
    /// the List-* headers into one), unfolded; names are case-insensitive.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> HeadersOfAsync(ReceivedMail mail)
    {
        using var http = client();
        var source = await http.GetStringAsync($"/api/email/{mail.Id}/source");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in source.Split("\r\n").SelectMany(l => l.Split('\n')))
        {
            if (line.Length == 0)
            {
                break;
            }

            if (char.IsWhiteSpace(line[0]) && last is not null)
            {
                headers[last] += line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                last = line[..colon].Trim();
                headers[last] = line[(colon + 1)..].Trim();
            }
        }

        return headers;
    }

    /// <summary>Waits for the first mail to <paramref name="address"/>, then a little longer for a second that should not come.</summary>
    public async Task<ReceivedMail> ExactlyOneToAsync(string address, TimeSpan? timeout = null)
    {
        await Eventually.ReturnsAsync(() => ToAsync(address), mails => mails.Count > 0, timeout, because: $"a mail to {address}");
        await Task.Delay(TimeSpan.FromSeconds(2));
        return Assert.Single(await ToAsync(address));
    }
}

public sealed record ReceivedMail(string Id, string Subject, string Text, string Html)
{
    public override string ToString() => Subject;
}
