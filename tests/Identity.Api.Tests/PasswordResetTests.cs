using System.Net;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>"Forgot your password": a single-use link by e-mail that lives 30 minutes.</summary>
[Collection(IdentityCollection.Name)]
public sealed class PasswordResetTests(IdentityFixture fixture)
{
    private const string NewPassword = "a brand new passphrase for me";

    [Fact]
    public async Task AKnownAndAnUnknownAddressGetTheSameAnswerAndOnlyTheKnownOneGetsALink()
    {
        var (member, _) = await fixture.SignedInMemberAsync();

        using var known = await fixture.PostAnonymousAsync("/api/identity/password-reset", new { email = member.Email });
        using var unknown = await fixture.PostAnonymousAsync("/api/identity/password-reset", new { email = Actors.UniqueEmail("nobody") });

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(known.Content.Headers.ContentType?.ToString(), unknown.Content.Headers.ContentType?.ToString());
        var mail = await fixture.LatestEventAsync(AccountLinks.ResetRequested, member.UserId);
        Assert.Equal(member.Email, mail!.Value.GetProperty("email").GetString());
        Assert.StartsWith(IdentityFixture.PublicUrl + "/account/reset-password?token=", mail.Value.GetProperty("resetUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLinkSetsANewPasswordAndEndsEverySessionOfTheAccount()
    {
        var (member, session) = await fixture.SignedInMemberAsync();
        using var requested = await fixture.PostAnonymousAsync("/api/identity/password-reset", new { email = member.Email.ToUpperInvariant() });
        var token = await fixture.LatestTokenAsync(AccountLinks.ResetRequested, member.UserId, "resetUrl");

        using var confirmed = await fixture.PostAnonymousAsync("/api/identity/password-reset/confirm", new { token, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(member.Email, (await confirmed.JsonAsync()).GetProperty("accountName").GetString());
        Assert.Equal("invalid_grant", (await fixture.Identity.RefreshAsync(session.RefreshToken)).Error);
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Identity.PasswordAsync(member.Email, member.Password)).Status);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(member.Email, NewPassword)).Status);
        Assert.Equal(1L, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM audit_entries WHERE action = 'password.reset' AND subject_user_id = $1", member.UserId));
    }

    [Fact]
    public async Task TheLinkWorksOnceAndANewerLinkReplacesAnOlderOne()
    {
        var (member, _) = await fixture.SignedInMemberAsync();
        using var first = await fixture.PostAnonymousAsync("/api/identity/password-reset", new { email = member.Email });
        var older = await fixture.LatestTokenAsync(AccountLinks.ResetRequested, member.UserId, "resetUrl");
        using var second = await fixture.PostAnonymousAsync("/api/identity/password-reset", new { email = member.Email });
        var newer = await fixture.LatestTokenAsync(AccountLinks.ResetRequested, member.UserId, "resetUrl");

        using var withOlder = await fixture.PostAnonymousAsync("/api/identity/password-reset/confirm", new { token = older, newPassword = NewPassword });
        using var withNewer = await fixture.PostAnonymousAsync("/api/identity/password-reset/confirm", new { token = newer, newPassword = NewPassword });
        using var again = await fixture.PostAnonymousAsync("/api/identity/password-reset/confirm", new { token = newer, newPassword = NewPassword + " again" });

        Assert.Equal(HttpStatusCode.Gone, withOlder.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNewer.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Equal("This link has already been used.", (await again.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(member.Email, NewPassword)).Status);
    }

    [Theory]
    [InlineData(29 * 60 + 59, HttpStatusCode.OK)]
    [InlineData(30 * 60, HttpStatusCode.Gone)]
    public async Task TheLinkLivesThirtyMinutes(int secondsLater, HttpStatusCode expected)
    {
        var (member, _) = await fixture.SignedInMemberAsync();
        try
        {
            await fixture.Clock.FreezeAsync();
            using var requested = await fixture.PostAnonymousAsync("/api/identity/password-reset", new { email = member.Email });
            var token = await fixture.LatestTokenAsync(AccountLinks.ResetRequested, member.UserId, "resetUrl");

            await fixture.Clock.AdvanceAsync(TimeSpan.FromSeconds(secondsLater));
            using var confirmed = await fixture.PostAnonymousAsync("/api/identity/password-reset/confirm", new { token, newPassword = NewPassword });

            Assert.Equal(expected, confirmed.StatusCode);
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    [Fact]
    public async Task AnAccountGetsAtMostThreeResetMailsAnHourAndTheFourthRequestReadsTheSame()
    {
        var (member, _) = await fixture.SignedInMemberAsync();
        try
        {
            await fixture.Clock.FreezeAsync();
            var answers = new List<(HttpStatusCode Status, string? ContentType, string Body)>();
            for (var i = 0; i < 4; i++)
            {
                answers.Add(await RequestResetAsync(member.Email));
            }

            var afterFour = await fixture.EventCountAsync(AccountLinks.ResetRequested, member.UserId);
            await fixture.Clock.AdvanceAsync(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
            await RequestResetAsync(member.Email);
            var justBeforeTheHour = await fixture.EventCountAsync(AccountLinks.ResetRequested, member.UserId);
            await fixture.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
            var anHourLater = await RequestResetAsync(member.Email);

            Assert.Equal(3L, afterFour);
            Assert.All(answers, answer => Assert.Equal(answers[0], answer));
            Assert.Equal(HttpStatusCode.Accepted, answers[0].Status);
            Assert.Equal(3L, justBeforeTheHour);
            Assert.Equal(answers[0], anHourLater);
            Assert.Equal(4L, await fixture.EventCountAsync(AccountLinks.ResetRequested, member.UserId));
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }
    }

    private async Task<(HttpStatusCode Status, string? ContentType, string Body)> RequestResetAsync(string email)
    {
        using var response = await fixture.PostAnonymousAsync("/api/identity/password-reset", new { email });
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ADeactivatedAccountGetsNoLinkButTheSameAnswer()
    {
        var (member, _) = await fixture.SignedInMemberAsync();
        using var deactivated = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/users/{member.UserId}/deactivate");

        using var requested = await fixture.PostAnonymousAsync("/api/identity/password-reset", new { email = member.Email });

        Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        Assert.Equal(0L, await fixture.EventCountAsync(AccountLinks.ResetRequested, member.UserId));
    }

    [Fact]
    public async Task AResetLinkCannotBeUsedAsAnInvitation()
    {
        var (member, _) = await fixture.SignedInMemberAsync();
        using var requested = await fixture.PostAnonymousAsync("/api/identity/password-reset", new { email = member.Email });
        var token = await fixture.LatestTokenAsync(AccountLinks.ResetRequested, member.UserId, "resetUrl");

        using var accepted = await fixture.AcceptAsync(token, NewPassword);

        Assert.Equal(HttpStatusCode.Gone, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(member.Email, member.Password)).Status);
    }

    public static TheoryData<string, string, string> BadInput() => new()
    {
        { "/api/identity/password-reset", "{}", "email" },
        { "/api/identity/password-reset", """{"email":"not-an-address"}""", "email" },
        { "/api/identity/password-reset", $$"""{"email":"{{new string('a', 300)}}@example.test"}""", "email" },
        { "/api/identity/password-reset/confirm", """{"newPassword":"a long enough passphrase"}""", "token" },
        { "/api/identity/password-reset/confirm", $$"""{"token":"{{new string('x', 5000)}}","newPassword":"a long enough passphrase"}""", "token" },
        { "/api/identity/password-reset/confirm", """{"token":"abc"}""", "newPassword" },
        { "/api/identity/password-reset/confirm", """{"token":"abc","newPassword":"short"}""", "newPassword" },
        // Every anonymous route that takes a link's token bounds it alike.
        { "/api/identity/invitations/accept", $$"""{"token":"{{new string('x', 5000)}}","password":"a long enough passphrase"}""", "token" },
        { "/api/identity/email-change/confirm", $$"""{"token":"{{new string('x', 5000)}}"}""", "token" },
        { "/api/identity/email-change/report", $$"""{"token":"{{new string('x', 5000)}}"}""", "token" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadInputIsA400ThatNamesTheField(string path, string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await fixture.Identity.PostAsync(new Uri(path, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("/api/identity/password-reset")]
    [InlineData("/api/identity/password-reset/confirm")]
    [InlineData("/api/identity/email-change/confirm")]
    [InlineData("/api/identity/email-change/report")]
    public async Task ABodyThatIsNotJsonIsA400(string path)
    {
        using var content = new StringContent("{\"email\": ", System.Text.Encoding.UTF8, "application/json");
        using var response = await fixture.Identity.PostAsync(new Uri(path, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("not-a-token", HttpStatusCode.Gone)]
    [InlineData("%%%'; DROP TABLE users; --", HttpStatusCode.Gone)]
    // A control character is refused at the boundary, naming the field, before any lookup.
    [InlineData("%%%\u0000'; DROP TABLE users; --", HttpStatusCode.BadRequest)]
    public async Task AMadeUpTokenIsGoneNotAnError(string token, HttpStatusCode expected)
    {
        using var response = await fixture.PostAnonymousAsync("/api/identity/password-reset/confirm", new { token, newPassword = NewPassword });

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
