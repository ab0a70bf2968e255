using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>What arrived at MailDev, read through its REST API (<c>GET /api/email</c>).</summary>
public sealed partial class MailDevInbox(Func<HttpClient> client)
{
    /// <summary>Waits for the invitation to <paramref name="address"/> and returns the token of its accept link.</summary>
    public async Task<string> InvitationTokenForAsync(string address)
    {
        var text = await Eventually.ReturnsAsync(() => TextOfFirstMailToAsync(address), mail => mail is not null, because: $"an invitation mail to {address}");
        var match = AcceptLink().Match(text!);
        Assert.True(match.Success, $"The mail to {address} has no accept-invitation link: {text}");
        return Uri.UnescapeDataString(match.Groups["token"].Value);
    }

    private async Task<string?> TextOfFirstMailToAsync(string address)
    {
        using var http = client();
        var mails = await http.GetFromJsonAsync<JsonElement>("/api/email");
        var mail = mails.EnumerateArray().FirstOrDefault(m => m.GetProperty("to").EnumerateArray()
            .Any(to => string.Equals(to.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase)));
        return mail.ValueKind == JsonValueKind.Undefined ? null
            : (mail.TryGetProperty("text", out var text) ? text.GetString() : null) + (mail.TryGetProperty("html", out var html) ? html.GetString() : null);
    }

    [GeneratedRegex(@"accept-invitation\?token=(?<token>[A-Za-z0-9%\-_.~]+)")]
    private static partial Regex AcceptLink();
}
