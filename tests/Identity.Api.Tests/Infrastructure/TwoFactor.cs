using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Identity.Api.Tests.Infrastructure;

/// <summary>Two-factor steps as a person takes them: scan the key, type the app's code.</summary>
public static class TwoFactor
{
    /// <summary>The code the app shows at the service's current time.</summary>
    public static async Task<string> CodeNowAsync(this IdentityFixture fixture, string sharedKey) =>
        Totp.CodeAt(sharedKey, await fixture.Clock.NowAsync());

    /// <summary>Half a minute later: the next code (a code is accepted once).</summary>
    public static async Task<string> NextCodeAsync(this IdentityFixture fixture, string sharedKey) =>
        Totp.CodeAt(sharedKey, await fixture.Clock.AdvanceAsync(TimeSpan.FromSeconds(30)));

    public static async Task<JsonElement> StartEnrolmentAsync(this IdentityFixture fixture, string accessToken)
    {
        using var response = await fixture.SendAsync(accessToken, HttpMethod.Post, "/api/identity/me/two-factor/enrolment");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Enrols and confirms with the current code (the clock must be frozen); returns the shared key and the recovery codes.</summary>
    public static async Task<(string SharedKey, string[] RecoveryCodes)> EnableTwoFactorAsync(this IdentityFixture fixture, string accessToken)
    {
        var sharedKey = (await fixture.StartEnrolmentAsync(accessToken)).GetProperty("sharedKey").GetString()!;
        using var confirmed = await fixture.SendAsync(accessToken, HttpMethod.Post, "/api/identity/me/two-factor/confirm", new { code = await fixture.CodeNowAsync(sharedKey) });
        Assert.True(confirmed.StatusCode == HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        var codes = (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToArray();
        return (sharedKey, codes);
    }

    public static Task<TokenResult> PasswordWithCodeAsync(this HttpClient identity, string username, string password, string otp) =>
        identity.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "portal-cli",
            ["username"] = username,
            ["password"] = password,
            ["otp"] = otp,
            ["scope"] = Tokens.Scope,
        });

    public static string? Description(this TokenResult result) =>
        result.Body.TryGetProperty("error_description", out var description) ? description.GetString() : null;
}
