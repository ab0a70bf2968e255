using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>Changing the sign-in e-mail: pending until the new address confirms, the old address told.</summary>
[Collection(IdentityCollection.Name)]
public sealed class EmailChangeTests(IdentityFixture fixture)
{
    [Fact]
    public async Task TheChangeIsPendingAndTheOldAddressSignsInUntilTheNewOneConfirms()
    {
        var (member, _) = await fixture.SignedInMemberAsync();
        var newEmail = Actors.UniqueEmail("moved");

        using var requested = await RequestAsync(member, newEmail);
        var pending = await MeAsync(member.AccessToken);
        var oldSignInWhilePending = await fixture.Identity.PasswordAsync(member.Email, member.Password);
        var newSignInWhilePending = await fixture.Identity.PasswordAsync(newEmail, member.Password);
        var verification = await fixture.LatestEventAsync(AccountLinks.EmailChangeRequested, member.UserId);

        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        Assert.Equal(newEmail, (await requested.JsonAsync()).GetProperty("pendingEmail").GetString());
        Assert.Equal(member.Email, pending.GetProperty("email").GetString());
        Assert.Equal(newEmail, pending.GetProperty("pendingEmail").GetString());
        Assert.Equal(HttpStatusCode.OK, oldSignInWhilePending.Status);
        Assert.Equal(HttpStatusCode.BadRequest, newSignInWhilePending.Status);
        Assert.Equal(newEmail, verification!.Value.GetProperty("newEmail").GetString());
        Assert.StartsWith(IdentityFixture.PublicUrl + "/account/confirm-email?token=", verification.Value.GetProperty("confirmUrl").GetString(), StringComparison.Ordinal);

        using var confirmed = await ConfirmAsync(AccountLinks.TokenOf(verification.Value.GetProperty("confirmUrl").GetString()!));
        var after = await MeAsync(member.AccessToken);
        var notice = await fixture.LatestEventAsync(AccountLinks.EmailChanged, member.UserId);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(newEmail, after.GetProperty("email").GetString());
        // The account name was the old address, so it follows.
        Assert.Equal(newEmail, after.GetProperty("accountName").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("pendingEmail").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(newEmail, member.Password)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Identity.PasswordAsync(member.Email, member.Password)).Status);
        Assert.Equal(member.Email, notice!.Value.GetProperty("oldEmail").GetString());
        Assert.StartsWith(IdentityFixture.PublicUrl + "/account/report-email-change?token=", notice.Value.GetProperty("reportUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAccountNameOfItsOwnStaysWhenTheAddressChanges()
    {
        var (member, _) = await fixture.SignedInMemberAsync("administrator");
        var accountName = "erika-" + Guid.NewGuid().ToString("N")[..8];
        using var renamed = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Patch, $"/api/identity/users/{member.UserId}", new { accountName });
        var newEmail = Actors.UniqueEmail("moved");

        using var requested = await RequestAsync(member, newEmail);
        using var confirmed = await ConfirmAsync(await fixture.LatestTokenAsync(AccountLinks.EmailChangeRequested, member.UserId, "confirmUrl"));

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(accountName, (await confirmed.JsonAsync()).GetProperty("accountName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(accountName, member.Password)).Status);
    }

    [Theory]
    [InlineData(24 * 3600 - 1, HttpStatusCode.OK)]
    [InlineData(24 * 3600, HttpStatusCode.Gone)]
    public async Task TheNewAddressConfirmsWithin24Hours(int secondsLater, HttpStatusCode expected)
    {
        var (member, _) = await fixture.SignedInMemberAsync();
        try
        {
            await fixture.Clock.FreezeAsync();
            using var requested = await RequestAsync(member, Actors.UniqueEmail("moved"));
            var token = await fixture.LatestTokenAsync(AccountLinks.EmailChangeRequested, member.UserId, "confirmUrl");

            await fixture.Clock.AdvanceAsync(TimeSpan.FromSeconds(secondsLater));
            // A token of the moved clock: the one from before may have expired by then.
            var pending = (await MeAsync(await fixture.Identity.SignInAsync(member.Email, member.Password))).GetProperty("pendingEmail");
            using var confirmed = await ConfirmAsync(token);

            Assert.Equal(expected, confirmed.StatusCode);
            // Once expired, nothing is pending any more.
            Assert.Equal(expected == HttpStatusCode.OK ? JsonValueKind.String : JsonValueKind.Null, pending.ValueKind);
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task AnAddressInUseIsAcceptedAtFirstAndRefusedAtConfirmationWithoutSayingWhose()
    {
        var (member, _) = await fixture.SignedInMemberAsync();
        var (owner, _) = await fixture.SignedInMemberAsync("administrator");

        using var toFree = await RequestAsync(member, Actors.UniqueEmail("free"));
        using var toTaken = await RequestAsync(member, owner.Email);
        using var confirmed = await ConfirmAsync(await fixture.LatestTokenAsync(AccountLinks.EmailChangeRequested, member.UserId, "confirmUrl"));
        var body = await confirmed.Content.ReadAsStringAsync();

        Assert.Equal(toFree.StatusCode, toTaken.StatusCode);
        Assert.Equal(
            (await toFree.JsonAsync()).EnumerateObject().Select(p => p.Name),
            (await toTaken.JsonAsync()).EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.Conflict, confirmed.StatusCode);
        Assert.True((await confirmed.JsonAsync()).GetProperty("errors").TryGetProperty("email", out _));
        Assert.DoesNotContain(owner.UserId.ToString(), body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(owner.OrganizationId.ToString(), body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Erika", body, StringComparison.Ordinal);
        Assert.Equal(member.Email, (await MeAsync(member.AccessToken)).GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(owner.Email, owner.Password)).Status);
    }

    [Fact]
    public async Task TheOldAddressReportsAChangeItDidNotMakeAndGetsTheAccountBack()
    {
        var (member, session) = await fixture.SignedInMemberAsync();
        var hijacker = Actors.UniqueEmail("hijacker");
        using var requested = await RequestAsync(member, hijacker);
        using var confirmed = await ConfirmAsync(await fixture.LatestTokenAsync(AccountLinks.EmailChangeRequested, member.UserId, "confirmUrl"));
        var reportToken = await fixture.LatestTokenAsync(AccountLinks.EmailChanged, member.UserId, "reportUrl");

        using var reported = await fixture.PostAnonymousAsync("/api/identity/email-change/report", new { token = reportToken });
        using var again = await fixture.PostAnonymousAsync("/api/identity/email-change/report", new { token = reportToken });
        var reset = await fixture.LatestEventAsync(AccountLinks.ResetRequested, member.UserId);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        Assert.Equal(member.Email, (await reported.JsonAsync()).GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Equal("invalid_grant", (await fixture.Identity.RefreshAsync(session.RefreshToken)).Error);
        // Whoever changed the address may know the password: it no longer works, a reset link went to the restored address.
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Identity.PasswordAsync(member.Email, member.Password)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Identity.PasswordAsync(hijacker, member.Password)).Status);
        Assert.Equal(member.Email, reset!.Value.GetProperty("email").GetString());
        Assert.Equal(1L, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM audit_entries WHERE action = 'email-change.reported' AND subject_user_id = $1", member.UserId));
    }

    [Fact]
    public async Task TheConfirmationLinkWorksOnceAndOnlyForAnEmailChange()
    {
        var (member, _) = await fixture.SignedInMemberAsync();
        using var requested = await RequestAsync(member, Actors.UniqueEmail("moved"));
        var token = await fixture.LatestTokenAsync(AccountLinks.EmailChangeRequested, member.UserId, "confirmUrl");

        using var asInvitation = await fixture.AcceptAsync(token, "a password set through the wrong door");
        using var asReset = await fixture.PostAnonymousAsync("/api/identity/password-reset/confirm", new { token, newPassword = "a password set through the wrong door" });
        using var first = await ConfirmAsync(token);
        using var second = await ConfirmAsync(token);

        Assert.Equal(HttpStatusCode.Gone, asInvitation.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, asReset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
    }

    [Fact]
    public async Task TheCurrentPasswordIsRequiredAndBadInputIsA400()
    {
        var (member, _) = await fixture.SignedInMemberAsync();

        using var wrongPassword = await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/email-change",
            new { newEmail = Actors.UniqueEmail(), currentPassword = "not my password at all" });
        using var missing = await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/email-change", new { });
        using var oversized = await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/email-change",
            new { newEmail = new string('a', 300) + "@example.test", currentPassword = member.Password });
        using var same = await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/email-change",
            new { newEmail = member.Email.ToUpperInvariant(), currentPassword = member.Password });
        using var noToken = await fixture.PostAnonymousAsync("/api/identity/email-change/confirm", new { });
        using var hugeToken = await fixture.PostAnonymousAsync("/api/identity/email-change/report", new { token = new string('x', 5000) });
        using var madeUp = await ConfirmAsync("made-up-token");

        Assert.True((await wrongPassword.JsonAsync()).GetProperty("errors").TryGetProperty("currentPassword", out _));
        var missingErrors = (await missing.JsonAsync()).GetProperty("errors");
        Assert.True(missingErrors.TryGetProperty("newEmail", out _) && missingErrors.TryGetProperty("currentPassword", out _));
        Assert.True((await oversized.JsonAsync()).GetProperty("errors").TryGetProperty("newEmail", out _));
        Assert.True((await same.JsonAsync()).GetProperty("errors").TryGetProperty("newEmail", out _));
        Assert.All([wrongPassword, missing, oversized, same, noToken, hugeToken], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(HttpStatusCode.Gone, madeUp.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await MeAsync(member.AccessToken)).GetProperty("pendingEmail").ValueKind);
    }

    private async Task<HttpResponseMessage> RequestAsync(Actor member, string newEmail) =>
        await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/email-change", new { newEmail, currentPassword = member.Password });

    private async Task<HttpResponseMessage> ConfirmAsync(string token) =>
        await fixture.PostAnonymousAsync("/api/identity/email-change/confirm", new { token });

    private async Task<JsonElement> MeAsync(string accessToken)
    {
        using var response = await fixture.SendAsync(accessToken, HttpMethod.Get, "/api/identity/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
