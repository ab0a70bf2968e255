using System.Net;
using System.Text.RegularExpressions;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>Changing one's password in settings, and ending the sessions on other devices.</summary>
[Collection(IdentityCollection.Name)]
public sealed partial class PasswordChangeTests(IdentityFixture fixture)
{
    private const string NewPassword = "another good passphrase here";

    [Fact]
    public async Task TheCurrentPasswordIsRequired()
    {
        var (member, _) = await fixture.SignedInMemberAsync();

        using var wrong = await fixture.SendAsync(member.AccessToken, HttpMethod.Put, "/api/identity/me/password",
            new { currentPassword = "not my password at all", newPassword = NewPassword });
        using var missing = await fixture.SendAsync(member.AccessToken, HttpMethod.Put, "/api/identity/me/password", new { newPassword = NewPassword });
        using var tooShort = await fixture.SendAsync(member.AccessToken, HttpMethod.Put, "/api/identity/me/password",
            new { currentPassword = member.Password, newPassword = "short" });
        using var anonymous = await fixture.Identity.PutAsync(new Uri("/api/identity/me/password", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { currentPassword = member.Password, newPassword = NewPassword }));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.JsonAsync()).GetProperty("errors").TryGetProperty("currentPassword", out _));
        Assert.True((await missing.JsonAsync()).GetProperty("errors").TryGetProperty("currentPassword", out _));
        Assert.True((await tooShort.JsonAsync()).GetProperty("errors").TryGetProperty("newPassword", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(member.Email, member.Password)).Status);
    }

    [Fact]
    public async Task ChangingThePasswordEndsTheOtherSessionsAndKeepsThisOne()
    {
        var (member, other) = await fixture.SignedInMemberAsync();
        var current = await fixture.Identity.PasswordAsync(member.Email, member.Password);

        using var changed = await fixture.SendAsync(current.AccessToken, HttpMethod.Put, "/api/identity/me/password",
            new { currentPassword = member.Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal("invalid_grant", (await fixture.Identity.RefreshAsync(other.RefreshToken)).Error);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.RefreshAsync(current.RefreshToken)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Identity.PasswordAsync(member.Email, member.Password)).Status);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(member.Email, NewPassword)).Status);
        Assert.Equal(1L, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM audit_entries WHERE action = 'password.changed' AND subject_user_id = $1", member.UserId));
    }

    [Fact]
    public async Task EndingOtherSessionsLeavesOnlyThisOne()
    {
        var (member, first) = await fixture.SignedInMemberAsync();
        var second = await fixture.Identity.PasswordAsync(member.Email, member.Password);
        var current = await fixture.Identity.PasswordAsync(member.Email, member.Password);

        using var ended = await fixture.SendAsync(current.AccessToken, HttpMethod.Post, "/api/identity/me/sessions/end-others");

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        // The member's sign-in in Actors counts too: three sessions besides this one.
        Assert.Equal(3, (await ended.JsonAsync()).GetProperty("endedSessions").GetInt32());
        Assert.Equal("invalid_grant", (await fixture.Identity.RefreshAsync(first.RefreshToken)).Error);
        Assert.Equal("invalid_grant", (await fixture.Identity.RefreshAsync(second.RefreshToken)).Error);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.RefreshAsync(current.RefreshToken)).Status);
    }

    [Fact]
    public async Task EndingOtherSessionsSignsOutIdentitysCookieInOtherBrowsers()
    {
        var (member, session) = await fixture.SignedInMemberAsync();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = fixture.Identity.BaseAddress,
        };
        var authorize = "/connect/authorize?client_id=portal-web&response_type=code&scope=openid&code_challenge_method=S256"
            + "&code_challenge=" + new string('a', 43) + "&redirect_uri=" + Uri.EscapeDataString(IdentityFixture.PublicUrl + "/signin-oidc");
        using var page = await browser.GetAsync(new Uri("/account/login?returnUrl=/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        using var login = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [HiddenField().Match(html).Groups[1].Value] = HiddenField().Match(html).Groups[2].Value,
            ["returnUrl"] = "/",
            ["username"] = member.Email,
            ["password"] = member.Password,
        }));
        using var signedIn = await browser.GetAsync(new Uri(authorize, UriKind.Relative));

        using var ended = await fixture.SendAsync(session.AccessToken, HttpMethod.Post, "/api/identity/me/sessions/end-others");
        using var afterwards = await browser.GetAsync(new Uri(authorize, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith(IdentityFixture.PublicUrl + "/signin-oidc", signedIn.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.StartsWith("/account/login", afterwards.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
