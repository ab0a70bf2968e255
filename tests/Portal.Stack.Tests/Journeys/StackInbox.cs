using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Stack.Tests.Journeys;

/// <summary>The stack's MailDev inbox through its REST API (<c>GET /api/email</c>).</summary>
public sealed partial class StackInbox(Func<HttpClient> client)
{
    public async Task<IReadOnlyList<StackMail>> ToAsync(string address)
    {
        using var http = client();
        var mails = await http.GetFromJsonAsync<JsonElement>("/api/email");
        return [.. mails.EnumerateArray()
            .Where(m => m.GetProperty("to").EnumerateArray().Any(to => string.Equals(to.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => new StackMail(
                m.GetProperty("id").GetString() ?? "",
                m.GetProperty("subject").GetString() ?? "",
                m.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
                m.TryGetProperty("html", out var html) ? html.GetString() ?? "" : ""))];
    }

    /// <summary>Waits for the first mail to <paramref name="address"/>.</summary>
    public async Task<StackMail> FirstToAsync(string address) =>
        (await Eventually.ReturnsAsync(() => ToAsync(address), mails => mails.Count > 0, TimeSpan.FromSeconds(60), because: $"a mail to {address}"))[0];

    /// <summary>Waits for the first mail to <paramref name="address"/>, then a little longer for a second that should not come.</summary>
    public async Task<StackMail> ExactlyOneToAsync(string address)
    {
        await FirstToAsync(address);
        await Task.Delay(TimeSpan.FromSeconds(2));
        return Assert.Single(await ToAsync(address));
    }

    /// <summary>A header as it was sent, from the mail's raw source (MailDev's parsed headers merge the List-* ones).</summary>
    public async Task<string?> HeaderOfAsync(StackMail mail, string name)
    {
        using var http = client();
        var source = await http.GetStringAsync($"/api/email/{mail.Id}/source");
        var head = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")[0].Replace("\n ", " ", StringComparison.Ordinal).Replace("\n\t", " ", StringComparison.Ordinal);
        return head.Split('\n')
            .Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            .Select(line => line[(name.Length + 1)..].Trim())
            .FirstOrDefault();
    }

    /// <summary>The token of the link in a mail's text (<c>...?token=...</c>), unescaped.</summary>
    public static string TokenIn(StackMail mail)
    {
        var match = TokenPattern().Match(mail.Text);
        Assert.True(match.Success, $"No link with a token in \"{mail.Subject}\": {mail.Text}");
        return Uri.UnescapeDataString(match.Groups[1].Value);
    }

    [GeneratedRegex(@"\?token=([^\s""<>&]+)")]
    private static partial Regex TokenPattern();
}

public sealed record StackMail(string Id, string Subject, string Text, string Html)
{
    public override string ToString() => Subject;
}
