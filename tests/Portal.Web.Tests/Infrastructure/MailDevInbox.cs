using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>What arrived at MailDev, read through its REST API (<c>GET /api/email</c>).</summary>
public sealed partial class MailDevInbox(Func<HttpClient> client)
{
    /// <summary>Waits for the invitation to <paramref name="address"/> and returns the token of its accept link.</summary>
    /// <remarks>
    /// An invited user also gets business mails (a device registered for their company), which may
    /// arrive first: the invitation is the mail that carries the accept link.
    /// </remarks>
    public async Task<string> InvitationTokenForAsync(string address)
    {
        var token = await Eventually.ReturnsAsync(
            () => AcceptTokenInMailsToAsync(address), found => found is not null, because: $"an invitation mail with an accept link to {address}");
        return token!;
    }

    private async Task<string?> AcceptTokenInMailsToAsync(string address)
    {
        using var http = client();
        var mails = await http.GetFromJsonAsync<JsonElement>("/api/email");
        return mails.EnumerateArray()
            .Where(m => m.GetProperty("to").EnumerateArray()
                .Any(to => string.Equals(to.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => AcceptLink().Match(
                (m.TryGetProperty("text", out var text) ? text.GetString() : null) + (m.TryGetProperty("html", out var html) ? html.GetString() : null)))
            .Where(match => match.Success)
            .Select(match => Uri.UnescapeDataString(match.Groups["token"].Value))
            .FirstOrDefault();
    }

    /// <summary>Waits for a mail to <paramref name="address"/> with a link to <paramref name="accountPath"/> (<c>account/reset-password</c>, ...).</summary>
    public async Task<ReceivedMail> WithLinkAsync(string address, string accountPath)
    {
        var mails = await Eventually.ReturnsAsync(
            () => ToAsync(address),
            received => received.Any(mail => mail.LinkTo(accountPath) is not null),
            TimeSpan.FromSeconds(60),
            because: $"a mail to {address} with a link to {accountPath}");
        return mails.Last(mail => mail.LinkTo(accountPath) is not null);
    }

    public async Task<IReadOnlyList<ReceivedMail>> ToAsync(string address)
    {
        using var http = client();
        var mails = await http.GetFromJsonAsync<JsonElement>("/api/email");
        return [.. mails.EnumerateArray()
            .Where(m => m.GetProperty("to").EnumerateArray().Any(to => string.Equals(to.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => new ReceivedMail(
                m.GetProperty("subject").GetString() ?? "",
                m.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : ""))];
    }

    [GeneratedRegex(@"accept-invitation\?token=(?<token>[A-Za-z0-9%\-_.~]+)")]
    private static partial Regex AcceptLink();
}

public sealed partial record ReceivedMail(string Subject, string Text)
{
    /// <summary>The absolute link to an account page (<c>account/accept-invitation</c>, ...), or null.</summary>
    public string? LinkTo(string accountPath) =>
        Links().Matches(Text).Select(match => match.Value).FirstOrDefault(link => new Uri(link).AbsolutePath == "/" + accountPath);

    public override string ToString() => Subject;

    [GeneratedRegex(@"https?://[^\s""<>]+\?token=[^\s""<>]+")]
    private static partial Regex Links();
}
