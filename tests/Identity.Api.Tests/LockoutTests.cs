using System.Net;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>
/// Failed sign-ins make a login wait, longer with every further failure, never for long; an unknown
/// name waits exactly like a known account. Time is moved on identity's clock, never waited for.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class LockoutTests(IdentityFixture fixture)
{
    private const string WrongPassword = "certainly not the password";

    [Fact]
    public async Task FiveFailuresMakeTheAccountWaitAMinuteAndTheNextFailureTwo()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            var failures = await FailAsync(member.Email, times: 5);
            var rightPasswordWhileWaiting = await fixture.Identity.PasswordAsync(member.Email, member.Password);
            await fixture.Clock.AdvanceAsync(TimeSpan.FromSeconds(59));
            var aSecondBeforeTheEnd = await fixture.Identity.PasswordAsync(member.Email, member.Password);
            await fixture.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
            var sixthFailure = await fixture.Identity.PasswordAsync(member.Email, WrongPassword);
            await fixture.Clock.AdvanceAsync(TimeSpan.FromSeconds(119));
            var stillWaiting = await fixture.Identity.PasswordAsync(member.Email, member.Password);
            await fixture.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
            var afterTheWait = await fixture.Identity.PasswordAsync(member.Email, member.Password);

            Assert.All(failures[..4], f => Assert.Equal("The account name or password is invalid.", f.Description()));
            Assert.Contains("try again in 60 seconds", failures[4].Description(), StringComparison.Ordinal);
            Assert.Equal("invalid_grant", rightPasswordWhileWaiting.Error);
            Assert.Equal("Too many failed sign-ins. Try again in 60 seconds.", rightPasswordWhileWaiting.Description());
            Assert.Equal("Too many failed sign-ins. Try again in 1 second.", aSecondBeforeTheEnd.Description());
            Assert.Contains("try again in 120 seconds", sixthFailure.Description(), StringComparison.Ordinal);
            Assert.Equal("Too many failed sign-ins. Try again in 1 second.", stillWaiting.Description());
            Assert.Equal(HttpStatusCode.OK, afterTheWait.Status);
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task FourFailuresDoNotLockAndASuccessStartsTheCountOver()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            await FailAsync(member.Email, times: 4);
            var fifthTryRight = await fixture.Identity.PasswordAsync(member.Email, member.Password);
            var afterSuccess = await FailAsync(member.Email, times: 4);
            var rightAgain = await fixture.Identity.PasswordAsync(member.Email, member.Password);

            Assert.Equal(HttpStatusCode.OK, fifthTryRight.Status);
            Assert.All(afterSuccess, f => Assert.Equal("The account name or password is invalid.", f.Description()));
            Assert.Equal(HttpStatusCode.OK, rightAgain.Status);
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task AnUnknownNameWaitsExactlyLikeAKnownAccount()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        var nobody = Actors.UniqueEmail("nobody");
        await fixture.Clock.FreezeAsync();
        try
        {
            var known = await FailAsync(member.Email, times: 6);
            var unknown = await FailAsync(nobody, times: 6);

            Assert.Equal(known.Select(Answer), unknown.Select(Answer));
            Assert.Equal("Too many failed sign-ins. Try again in 60 seconds.", unknown[5].Description());
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task TheWaitDoublesUpToFifteenMinutes()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            await FailAsync(member.Email, times: 5);
            var waits = new List<string?>();
            foreach (var wait in new[] { 60, 120, 240, 480, 900 })
            {
                await fixture.Clock.AdvanceAsync(TimeSpan.FromSeconds(wait));
                waits.Add((await fixture.Identity.PasswordAsync(member.Email, WrongPassword)).Description());
            }

            Assert.Collection(
                waits,
                w => Assert.Contains("120 seconds", w, StringComparison.Ordinal),
                w => Assert.Contains("240 seconds", w, StringComparison.Ordinal),
                w => Assert.Contains("480 seconds", w, StringComparison.Ordinal),
                w => Assert.Contains("900 seconds", w, StringComparison.Ordinal),
                w => Assert.Contains("900 seconds", w, StringComparison.Ordinal));
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task WrongTwoFactorCodesCountTowardTheWait()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            var (sharedKey, _) = await fixture.EnableTwoFactorAsync(member.AccessToken);
            var current = await fixture.NextCodeAsync(sharedKey);
            var wrong = current == "000000" ? "111111" : "000000";
            for (var attempt = 0; attempt < 5; attempt++)
            {
                Assert.Equal("invalid_grant", (await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, wrong)).Error);
            }

            var rightCodeWhileWaiting = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, current);

            Assert.Equal("Too many failed sign-ins. Try again in 60 seconds.", rightCodeWhileWaiting.Description());
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task WrongCurrentPasswordsOnASignedInAccountCountTowardTheSameWait()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.Clock.FreezeAsync();
        try
        {
            var (sharedKey, _) = await fixture.EnableTwoFactorAsync(member.AccessToken);
            var code = await fixture.NextCodeAsync(sharedKey);
            // Five wrong answers from a session somebody else holds: two password changes, two e-mail
            // changes, one attempt to turn two-factor off.
            var wrongAnswers = new List<HttpResponseMessage>();
            for (var attempt = 0; attempt < 2; attempt++)
            {
                wrongAnswers.Add(await fixture.SendAsync(member.AccessToken, HttpMethod.Put, "/api/identity/me/password",
                    new { currentPassword = WrongPassword, newPassword = "a brand new long password" }));
                wrongAnswers.Add(await fixture.SendAsync(member.AccessToken, HttpMethod.Post, "/api/identity/me/email-change",
                    new { newEmail = Actors.UniqueEmail("new"), currentPassword = WrongPassword }));
            }

            wrongAnswers.Add(await fixture.SendAsync(member.AccessToken, HttpMethod.Delete, "/api/identity/me/two-factor",
                new { password = WrongPassword, code }));
            var firstErrors = await wrongAnswers[0].Content.ReadAsStringAsync();
            using var rightPasswordWhileWaiting = await fixture.SendAsync(member.AccessToken, HttpMethod.Put, "/api/identity/me/password",
                new { currentPassword = member.Password, newPassword = "a brand new long password" });
            var signInWhileWaiting = await fixture.Identity.PasswordWithCodeAsync(member.Email, member.Password, code);

            Assert.All(wrongAnswers, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
            // The member's account is German (Actors.InviteAsync), so the words are too; the code is the same in every language.
            Assert.Contains("\"currentPassword\":[\"wrong_password\"]", firstErrors, StringComparison.Ordinal);
            Assert.Contains("Das aktuelle Passwort ist nicht richtig.", firstErrors, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.TooManyRequests, rightPasswordWhileWaiting.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(60), rightPasswordWhileWaiting.Headers.RetryAfter?.Delta);
            Assert.Equal("Too many failed sign-ins. Try again in 60 seconds.", signInWhileWaiting.Description());
            Assert.Equal(5L, await fixture.IdentityDb.ScalarAsync<long>(
                "SELECT count(*) FROM audit_entries WHERE action = 'sign-in.failed' AND details LIKE '%wrong current password' AND subject_user_id = $1", member.UserId));
            wrongAnswers.ForEach(r => r.Dispose());
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    private async Task<List<TokenResult>> FailAsync(string username, int times)
    {
        var results = new List<TokenResult>();
        for (var attempt = 0; attempt < times; attempt++)
        {
            results.Add(await fixture.Identity.PasswordAsync(username, WrongPassword));
        }

        Assert.All(results, r => Assert.Equal(HttpStatusCode.BadRequest, r.Status));
        return results;
    }

    private static string Answer(TokenResult result) => $"{(int)result.Status} {result.Error} {result.Description()}";
}
