using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Account.Tests.Infrastructure;

/// <summary>What arrived at MailDev (<c>GET /api/email</c>), and the account links in it.</summary>
public sealed partial class Mailbox(HttpClient maildev)
{
    /// <summary>Waits for a mail to <paramref name="address"/> with a link to <paramref name="accountPath"/> in it.</summary>
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
        var mails = await maildev.GetFromJsonAsync<JsonElement>("/api/email");
        return [.. mails.EnumerateArray()
            .Where(m => m.GetProperty("to").EnumerateArray().Any(to => string.Equals(to.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => new ReceivedMail(
                m.GetProperty("subject").GetString() ?? "",
                m.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : ""))];
    }
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
