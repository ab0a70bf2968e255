using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>Two-factor sign-in with an authenticator app: enrolment, the password grant's code, recovery codes, turning it off.</summary>
[Collection(IdentityCollection.Name)]
public sealed partial class TwoFactorTests(IdentityFixture fixture)
{
    [Fact]
    public async Task EnrolmentGivesAKeyToScanAndOnlyTheAppsCodeTurnsItOn()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            var before = await StatusAsync(member.AccessToken);
            var enrolment = await fixture.StartEnrolmentAsync(member.AccessToken);
            var sharedKey = enrolment.GetProperty("sharedKey").GetString()!;
            using var wrong = await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/two-factor/confirm", new { code = "000000" == await fixture.CodeNowAsync(sharedKey) ? "111111" : "000000" });
            using var empty = await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/two-factor/confirm", new { });
            using var confirmed = await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/two-factor/confirm", new { code = await fixture.CodeNowAsync(sharedKey) });
            var recoveryCodes = (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes");
            var after = await StatusAsync(member.AccessToken);

            Assert.False(before.GetProperty("enabled").GetBoolean());
            Assert.StartsWith("otpauth://totp/Portal%3A", enrolment.GetProperty("otpauthUri").GetString(), StringComparison.Ordinal);
            Assert.Contains($"secret={sharedKey}", enrolment.GetProperty("otpauthUri").GetString(), StringComparison.Ordinal);
            Assert.Contains("<svg", enrolment.GetProperty("qrCodeSvg").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.True((await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
            Assert.Equal(10, recoveryCodes.GetArrayLength());
            Assert.True(after.GetProperty("enabled").GetBoolean());
            Assert.Equal(10, after.GetProperty("recoveryCodesLeft").GetInt32());
            Assert.Equal(1L, await fixture.IdentityDb.ScalarAsync<long>(
                "SELECT count(*) FROM audit_entries WHERE action = 'two-factor.enabled' AND subject_user_id = $1", member.UserId));
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task ThePasswordGrantAsksForTheCodeOnlyWhenThePasswordIsRight()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            var (sharedKey, _) = await fixture.EnableTwoFactorAsync(member.AccessToken);

            var withoutCode = await fixture.Identity.PasswordAsync(member.Email, member.Password);
            var wrongPassword = await fixture.Identity.PasswordAsync(member.Email, "not the password at all");
            var wrongPasswordRightCode = await fixture.Identity.PasswordWithCodeAsync(member.Email, "not the password at all", await fixture.NextCodeAsync(sharedKey));
            var wrongCode = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, "123456" == await fixture.CodeNowAsync(sharedKey) ? "654321" : "123456");
            var code = await fixture.NextCodeAsync(sharedKey);
            var signedIn = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, code);
            var replayed = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, code);

            Assert.Equal(HttpStatusCode.BadRequest, withoutCode.Status);
            Assert.Equal("invalid_grant", withoutCode.Error);
            Assert.Contains("two-factor code is needed", withoutCode.Description(), StringComparison.Ordinal);
            Assert.Contains("otp", withoutCode.Description(), StringComparison.Ordinal);
            // A wrong password reads exactly like an unknown account, code or not: it never learns that a code exists.
            Assert.Equal("The account name or password is invalid.", wrongPassword.Description());
            Assert.Equal("The account name or password is invalid.", wrongPasswordRightCode.Description());
            Assert.Equal("invalid_grant", wrongCode.Error);
            Assert.Contains("code is invalid", wrongCode.Description(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, signedIn.Status);
            Assert.Equal(member.UserId.ToString(), signedIn.Claims.GetProperty("sub").GetString());
            Assert.Equal(["pwd", "otp", "mfa"], signedIn.AuthenticationMethods);
            Assert.Equal("invalid_grant", replayed.Error);
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnceInsteadOfTheAppsCode()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            var (_, recoveryCodes) = await fixture.EnableTwoFactorAsync(member.AccessToken);

            var first = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, recoveryCodes[0]);
            var again = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, recoveryCodes[0]);
            // Typed as people do: lower case, without the dashes, with a space.
            var typedLoosely = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password,
                recoveryCodes[1].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant().Insert(4, " "));
            var status = await StatusAsync(first.AccessToken);

            Assert.All(recoveryCodes, code => Assert.Matches(ShownRecoveryCode(), code));
            Assert.Equal(HttpStatusCode.OK, first.Status);
            Assert.Equal("invalid_grant", again.Error);
            Assert.Equal(HttpStatusCode.OK, typedLoosely.Status);
            Assert.Equal(8, status.GetProperty("recoveryCodesLeft").GetInt32());
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task TurningTwoFactorOffNeedsThePasswordAndACode()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            var (sharedKey, _) = await fixture.EnableTwoFactorAsync(member.AccessToken);

            using var nothing = await fixture.SendAsync(member.AccessToken, HttpMethod.Delete, "/api/identity/me/two-factor", new { });
            using var wrongPassword = await fixture.SendAsync(member.AccessToken, HttpMethod.Delete, "/api/identity/me/two-factor",
                new { password = "not the password at all", code = await fixture.NextCodeAsync(sharedKey) });
            using var wrongCode = await fixture.SendAsync(member.AccessToken, HttpMethod.Delete, "/api/identity/me/two-factor",
                new { password = member.Password, code = "12345678" });
            var stillOn = await fixture.Identity.PasswordAsync(member.Email, member.Password);
            using var disabled = await fixture.SendAsync(member.AccessToken, HttpMethod.Delete, "/api/identity/me/two-factor",
                new { password = member.Password, code = await fixture.NextCodeAsync(sharedKey) });
            var withoutCode = await fixture.Identity.PasswordAsync(member.Email, member.Password);

            Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
            var errors = (await nothing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty("password", out _) && errors.TryGetProperty("code", out _));
            Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
            Assert.True((await wrongPassword.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("password", out _));
            Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
            Assert.True((await wrongCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
            Assert.Equal("invalid_grant", stillOn.Error);
            Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
            Assert.Equal(HttpStatusCode.OK, withoutCode.Status);
            Assert.Equal(1L, await fixture.IdentityDb.ScalarAsync<long>(
                "SELECT count(*) FROM audit_entries WHERE action = 'two-factor.disabled' AND subject_user_id = $1", member.UserId));
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task NewRecoveryCodesNeedReauthenticationAndRetireTheOldOnes()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            var (sharedKey, oldCodes) = await fixture.EnableTwoFactorAsync(member.AccessToken);

            using var withoutPassword = await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/two-factor/recovery-codes",
                new { code = await fixture.NextCodeAsync(sharedKey) });
            using var renewed = await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/two-factor/recovery-codes",
                new { password = member.Password, code = await fixture.NextCodeAsync(sharedKey) });
            var newCodes = (await renewed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToArray();
            var withOld = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, oldCodes[1]);
            var withNew = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, newCodes[1]);

            Assert.Equal(HttpStatusCode.BadRequest, withoutPassword.StatusCode);
            Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
            Assert.Equal(10, newCodes.Length);
            Assert.Empty(newCodes.Intersect(oldCodes));
            Assert.Equal("invalid_grant", withOld.Error);
            Assert.Equal(HttpStatusCode.OK, withNew.Status);
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task RecoveryCodesNeedTwoFactorOnAndEnrollingAgainWhileOnIsAConflict()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            using var regenerateWhileOff = await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/two-factor/recovery-codes",
                new { password = member.Password, code = "123456" });
            await fixture.EnableTwoFactorAsync(member.AccessToken);
            using var again = await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/two-factor/enrolment");

            Assert.Equal(HttpStatusCode.Conflict, regenerateWhileOff.StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task TheLoginPageAsksForTheCodeInASecondStep()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            var (sharedKey, _) = await fixture.EnableTwoFactorAsync(member.AccessToken);
            using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
            {
                BaseAddress = fixture.Identity.BaseAddress,
            };
            using var page = await browser.GetAsync(new Uri("/account/login?returnUrl=/after-sign-in", UriKind.Relative));

            using var passwordStep = await PostFormAsync(browser, await page.Content.ReadAsStringAsync(), new() { ["username"] = member.Email, ["password"] = member.Password });
            var codePage = await passwordStep.Content.ReadAsStringAsync();
            using var wrongCode = await PostFormAsync(browser, codePage, new() { ["code"] = "123456" == await fixture.NextCodeAsync(sharedKey) ? "654321" : "123456" });
            var retryPage = await wrongCode.Content.ReadAsStringAsync();
            using var rightCode = await PostFormAsync(browser, retryPage, new() { ["code"] = await fixture.CodeNowAsync(sharedKey) });

            Assert.Equal(HttpStatusCode.OK, passwordStep.StatusCode);
            Assert.Contains("name=\"code\"", codePage, StringComparison.Ordinal);
            Assert.DoesNotContain("name=\"password\"", codePage, StringComparison.Ordinal);
            Assert.False(passwordStep.Headers.Contains("Set-Cookie") && passwordStep.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("portal.identity=", StringComparison.Ordinal)));
            Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
            Assert.Contains("The two-factor code is invalid", retryPage, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, rightCode.StatusCode);
            Assert.Equal("/after-sign-in", rightCode.Headers.Location!.OriginalString);
            Assert.Contains(rightCode.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.identity=", StringComparison.Ordinal));
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task AForgedSecondStepTicketStartsTheSignInOver()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = fixture.Identity.BaseAddress,
        };
        using var page = await browser.GetAsync(new Uri("/account/login?returnUrl=/", UriKind.Relative));

        using var forged = await PostFormAsync(browser, await page.Content.ReadAsStringAsync(), new() { ["ticket"] = "not-a-ticket", ["code"] = "123456" });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("start again", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInputGetsAClearAnswerNeverAServerError()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            await fixture.StartEnrolmentAsync(member.AccessToken);
            using var malformed = await SendRawAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/two-factor/confirm", "{\"code\":");
            using var huge = await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/two-factor/confirm", new { code = new string('7', 5000) });
            using var notAString = await SendRawAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/two-factor/confirm", "{\"code\": [1, 2]}");
            using var deleteWithoutBody = await fixture.SendAsync(member.AccessToken, HttpMethod.Delete, "/api/identity/me/two-factor");
            var (_, _) = await fixture.EnableTwoFactorAsync(member.AccessToken);
            var hugeOtp = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, new string('x', 5000));
            var strangeOtp = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, "\u00e4\u00f6\u00fc-\u2603");

            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, notAString.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, deleteWithoutBody.StatusCode);
            Assert.Equal("invalid_grant", hugeOtp.Error);
            Assert.Equal("invalid_grant", strangeOtp.Error);
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    private async Task<HttpResponseMessage> SendRawAsync(string accessToken, HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") }.WithBearer(accessToken);
        return await fixture.Identity.SendAsync(request);
    }

    /// <summary>Submits the page's form as a browser would: its hidden fields plus what the person typed.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string html, Dictionary<string, string> typed)
    {
        var fields = HiddenInput().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        foreach (var (name, value) in typed)
        {
            fields[name] = value;
        }

        return await browser.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task TheDatabaseHoldsNoShownRecoveryCode()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            var (_, recoveryCodes) = await fixture.EnableTwoFactorAsync(member.AccessToken);

            // Every column of every row, as a copy of the database would have them.
            var tokens = await fixture.IdentityDb.ScalarAsync<string>("SELECT string_agg(t::text, ' ') FROM user_tokens t");
            var storedForMember = await fixture.IdentityDb.ScalarAsync<string>(
                "SELECT value FROM user_tokens WHERE user_id = $1 AND name = 'RecoveryCodes'", member.UserId);

            Assert.Equal(10, storedForMember!.Split(';').Length);
            Assert.All(recoveryCodes, code =>
            {
                Assert.DoesNotContain(code, tokens!, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), tokens!, StringComparison.OrdinalIgnoreCase);
            });
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    /// <summary>Easy to read out and type: four groups of four upper-case letters and digits.</summary>
    [GeneratedRegex("^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$")]
    private static partial Regex ShownRecoveryCode();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();

    private async Task<JsonElement> StatusAsync(string accessToken)
    {
        using var response = await fixture.SendAsync(accessToken, HttpMethod.Get, "/api/identity/me/two-factor");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
