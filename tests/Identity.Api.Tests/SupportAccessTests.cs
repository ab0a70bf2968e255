using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>
/// Support access on request: a customer that decides on it (independent, or by its security policy) is viewed by
/// provider staff only within a window its administrators approved, as the user the approval names, read-only
/// unless full access was approved; the window ends at its end or when the customer ends it, in identity and in
/// tenants; refused and expired requests leave nothing usable; every step is in the customer's audit log.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class SupportAccessTests(IdentityFixture fixture)
{
    private const string Requests = "/api/identity/support-access-requests";

    [Fact]
    public async Task AnIndependentCustomerIsViewedOnlyAfterItsAdministratorApprovedAndOnlyAsApproved()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var administrator = await fixture.CustomerUserAsync(customerId, "administrator");
        await fixture.BecomeIndependentAsync(customerId);
        var staff = await fixture.StaffAsync("administrator");

        using var beforeAsking = await ImpersonateAsync(staff, administrator.UserId);
        var request = await AskAsync(staff, customerId, durationMinutes: 30);
        using var whilePending = await ImpersonateAsync(staff, administrator.UserId);
        using var staffApproving = await fixture.SendAsync(staff.AccessToken, HttpMethod.Post, $"{Requests}/{Id(request)}/approve");
        using var askingAgain = await fixture.SendAsync(staff.AccessToken, HttpMethod.Post, Requests,
            new { customerId, reason = "Once more", durationMinutes = 30 });
        var approved = await ReadAsync(await fixture.SendAsync(administrator.AccessToken, HttpMethod.Post, $"{Requests}/{Id(request)}/approve"));
        using var fullAccess = await ImpersonateAsync(staff, administrator.UserId, fullAccess: true);
        using var impersonation = await ImpersonateAsync(staff, administrator.UserId);
        var token = (await ReadAsync(impersonation)).GetProperty("access_token").GetString()!;
        using var identityRead = await fixture.SendAsync(token, HttpMethod.Get, "/api/identity/me");
        using var tenantsRead = await SendAsync(fixture.Tenants, token, HttpMethod.Get, "/api/tenants/customers");
        using var change = await fixture.SendAsync(token, HttpMethod.Patch, "/api/identity/me", new { firstName = "Changed" });

        Assert.Equal("support_access_not_approved", await CodeAsync(beforeAsking, HttpStatusCode.Forbidden));
        Assert.Equal("pending", request.GetProperty("status").GetString());
        Assert.Equal("support_access_not_approved", await CodeAsync(whilePending, HttpStatusCode.Forbidden));
        Assert.Equal("support_access_customer_decides", await CodeAsync(staffApproving, HttpStatusCode.Forbidden));
        Assert.Equal("support_access_already_requested", await CodeAsync(askingAgain, HttpStatusCode.Conflict));
        Assert.Equal("active", approved.GetProperty("status").GetString());
        // Nobody was named: the approving administrator is the one to be viewed as.
        Assert.Equal(administrator.UserId, approved.GetProperty("viewAs").GetProperty("id").GetGuid());
        Assert.Equal(administrator.UserId, approved.GetProperty("decidedBy").GetProperty("id").GetGuid());
        Assert.Equal(30, (approved.GetProperty("approvedUntil").GetDateTimeOffset() - approved.GetProperty("decidedAt").GetDateTimeOffset()).TotalMinutes);
        Assert.Equal("support_access_read_only", await CodeAsync(fullAccess, HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.OK, impersonation.StatusCode);
        var claims = Tokens.Payload(token);
        Assert.Equal(Id(request).ToString(), claims.GetProperty("support_access").GetString());
        var windowEnd = approved.GetProperty("approvedUntil").GetDateTimeOffset().ToUnixTimeSeconds();
        Assert.InRange(claims.GetProperty("exp").GetInt64(), windowEnd - 1, windowEnd);
        Assert.Equal(HttpStatusCode.OK, identityRead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tenantsRead.StatusCode);
        Assert.Equal("impersonation_read_only", await CodeAsync(change, HttpStatusCode.Forbidden));

        // The customer's own log has the request, the approval and the view, with both people.
        var log = await AuditQueries.ReadAsync(fixture, administrator.AccessToken, "pageSize=200");
        var actions = log.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("support-access.requested", actions);
        Assert.Contains("support-access.approved", actions);
        var started = AuditQueries.Single(await AuditQueries.ReadAsync(fixture, administrator.AccessToken, "action=impersonation.started"), "impersonation.started");
        Assert.Equal(staff.UserId, started.GetProperty("actor").GetProperty("id").GetGuid());
        // The customer's administrator reads German: the approval the view rests on by its id.
        Assert.Contains($"Supportzugriff {Id(request)}", started.GetProperty("details").GetString());
    }

    [Fact]
    public async Task TheWindowHoldsUntilItsLastSecondAndNothingIsUsableAtItsEnd()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var administrator = await fixture.CustomerUserAsync(customerId, "administrator");
        var member = await fixture.CustomerUserAsync(customerId, "member");
        await fixture.BecomeIndependentAsync(customerId);
        var staff = await fixture.StaffAsync("administrator");
        var now = DateTimeOffset.UtcNow;
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero);
        var clocks = new[] { fixture.Clock, fixture.TenantsClock };
        try
        {
            foreach (var clock in clocks)
            {
                await clock.FreezeAsync(start);
            }

            var request = await AskAsync(staff, customerId, durationMinutes: 15, userId: member.UserId);
            await ReadAsync(await fixture.SendAsync(administrator.AccessToken, HttpMethod.Post, $"{Requests}/{Id(request)}/approve"));
            var token = await TokenAsync(staff, member.UserId);
            foreach (var clock in clocks)
            {
                await clock.AdvanceAsync(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
            }

            // Everyone's own access tokens of 15 minutes ago have run out; the impersonation's has not.
            var staffNow = staff with { AccessToken = await fixture.Identity.SignInAsync(staff.Email, staff.Password) };
            using var identityLastSecond = await fixture.SendAsync(token, HttpMethod.Get, "/api/identity/me");
            using var tenantsLastSecond = await SendAsync(fixture.Tenants, token, HttpMethod.Get, "/api/tenants/customers");
            using var startedInTheLastSecond = await ImpersonateAsync(staffNow, member.UserId);
            foreach (var clock in clocks)
            {
                await clock.AdvanceAsync(TimeSpan.FromSeconds(1));
            }

            using var identityAtTheEnd = await fixture.SendAsync(token, HttpMethod.Get, "/api/identity/me");
            using var tenantsAtTheEnd = await SendAsync(fixture.Tenants, token, HttpMethod.Get, "/api/tenants/customers");
            using var startedAtTheEnd = await ImpersonateAsync(staffNow, member.UserId);
            var administratorNow = await fixture.Identity.SignInAsync(administrator.Email, administrator.Password);
            var shown = await ReadAsync(await fixture.SendAsync(administratorNow, HttpMethod.Get, $"{Requests}/{Id(request)}"));

            Assert.Equal(start.AddMinutes(15).ToUnixTimeSeconds(), Tokens.Payload(token).GetProperty("exp").GetInt64());
            Assert.Equal(HttpStatusCode.OK, identityLastSecond.StatusCode);
            Assert.Equal(HttpStatusCode.OK, tenantsLastSecond.StatusCode);
            Assert.Equal(HttpStatusCode.OK, startedInTheLastSecond.StatusCode);
            Assert.Equal(1, (await ReadAsync(startedInTheLastSecond)).GetProperty("expires_in").GetInt32());
            Assert.Equal("impersonation_ended", await CodeAsync(identityAtTheEnd, HttpStatusCode.Unauthorized));
            Assert.Equal("impersonation_ended", await CodeAsync(tenantsAtTheEnd, HttpStatusCode.Unauthorized));
            Assert.Equal("support_access_not_approved", await CodeAsync(startedAtTheEnd, HttpStatusCode.Forbidden));
            Assert.Equal("expired", shown.GetProperty("status").GetString());
        }
        finally
        {
            foreach (var clock in clocks)
            {
                await clock.ResetAsync();
            }
        }
    }

    [Fact]
    public async Task TheCustomerEndsTheWindowAndTheTokenStopsWorkingInEveryService()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var administrator = await fixture.CustomerUserAsync(customerId, "administrator");
        await fixture.BecomeIndependentAsync(customerId);
        var staff = await fixture.StaffAsync("administrator");
        var request = await AskAsync(staff, customerId, durationMinutes: 120, fullAccess: true);
        await ReadAsync(await fixture.SendAsync(administrator.AccessToken, HttpMethod.Post, $"{Requests}/{Id(request)}/approve"));
        var token = await TokenAsync(staff, administrator.UserId, fullAccess: true);
        using var tenantsBefore = await SendAsync(fixture.Tenants, token, HttpMethod.Get, "/api/tenants/customers");
        using var changeBefore = await fixture.SendAsync(token, HttpMethod.Patch, "/api/identity/me", new { firstName = "Viewed" });

        var ended = await ReadAsync(await fixture.SendAsync(administrator.AccessToken, HttpMethod.Post, $"{Requests}/{Id(request)}/end"));
        using var identityAfter = await fixture.SendAsync(token, HttpMethod.Get, "/api/identity/me");
        using var again = await ImpersonateAsync(staff, administrator.UserId);
        using var endedTwice = await fixture.SendAsync(administrator.AccessToken, HttpMethod.Post, $"{Requests}/{Id(request)}/end");
        // Tenants asked identity a moment ago and may keep that answer for a few seconds; then it refuses too.
        var tenantsAfter = await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await SendAsync(fixture.Tenants, token, HttpMethod.Get, "/api/tenants/customers");
                return (response.StatusCode, Code: response.StatusCode == HttpStatusCode.OK ? null : await CodeAsync(response, response.StatusCode));
            },
            answer => answer.StatusCode != HttpStatusCode.OK,
            because: "tenants to learn that the window has ended");

        Assert.Equal(HttpStatusCode.OK, tenantsBefore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changeBefore.StatusCode);
        Assert.Equal("ended", ended.GetProperty("status").GetString());
        Assert.Equal(administrator.UserId, ended.GetProperty("endedBy").GetProperty("id").GetGuid());
        Assert.Equal("support_access_ended", await CodeAsync(identityAfter, HttpStatusCode.Unauthorized));
        Assert.Equal("support_access_not_approved", await CodeAsync(again, HttpStatusCode.Forbidden));
        Assert.Equal("support_access_not_open", await CodeAsync(endedTwice, HttpStatusCode.Conflict));
        Assert.Equal((HttpStatusCode.Unauthorized, "support_access_ended"), tenantsAfter);
    }

    [Fact]
    public async Task ARefusedRequestLeavesNothingUsableAndOnlyTheCustomersAdministratorsSeeOrAnswerIt()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var administrator = await fixture.CustomerUserAsync(customerId, "administrator");
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var otherCustomerId = await fixture.CreateCustomerAsync();
        var otherAdministrator = await fixture.CustomerUserAsync(otherCustomerId, "administrator");
        await fixture.BecomeIndependentAsync(customerId);
        await fixture.BecomeIndependentAsync(otherCustomerId);
        var staff = await fixture.StaffAsync("administrator");
        var request = await AskAsync(staff, customerId, durationMinutes: 60);
        var path = $"{Requests}/{Id(request)}";

        using var otherReads = await fixture.SendAsync(otherAdministrator.AccessToken, HttpMethod.Get, path);
        using var otherApproves = await fixture.SendAsync(otherAdministrator.AccessToken, HttpMethod.Post, $"{path}/approve");
        using var otherEnds = await fixture.SendAsync(otherAdministrator.AccessToken, HttpMethod.Post, $"{path}/end");
        var otherList = await ReadAsync(await fixture.SendAsync(otherAdministrator.AccessToken, HttpMethod.Get, Requests));
        using var memberReads = await fixture.SendAsync(member.AccessToken, HttpMethod.Get, Requests);
        using var tooLong = await fixture.SendAsync(administrator.AccessToken, HttpMethod.Post, $"{path}/refuse", new { reason = new string('x', 501) });
        var refused = await ReadAsync(await fixture.SendAsync(administrator.AccessToken, HttpMethod.Post, $"{path}/refuse", new { reason = "Not during the audit" }));
        using var approveAfterwards = await fixture.SendAsync(administrator.AccessToken, HttpMethod.Post, $"{path}/approve");
        using var impersonation = await ImpersonateAsync(staff, administrator.UserId);
        var ownList = await ReadAsync(await fixture.SendAsync(administrator.AccessToken, HttpMethod.Get, $"{Requests}?status=refused"));
        var staffView = await ReadAsync(await fixture.SendAsync(staff.AccessToken, HttpMethod.Get, $"{Requests}?customerId={customerId}"));

        foreach (var hidden in new[] { otherReads, otherApproves, otherEnds })
        {
            Assert.Equal("not_found", await CodeAsync(hidden, HttpStatusCode.NotFound));
        }

        Assert.DoesNotContain(otherList.GetProperty("items").EnumerateArray(), r => r.GetProperty("customerId").GetGuid() == customerId);
        Assert.Equal(HttpStatusCode.Forbidden, memberReads.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("refused", refused.GetProperty("status").GetString());
        Assert.Equal("Not during the audit", refused.GetProperty("refusalReason").GetString());
        Assert.Equal("support_access_not_pending", await CodeAsync(approveAfterwards, HttpStatusCode.Conflict));
        Assert.Equal("support_access_not_approved", await CodeAsync(impersonation, HttpStatusCode.Forbidden));
        Assert.Equal(Id(request), Assert.Single(ownList.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal("refused", Assert.Single(staffView.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());
        // A refusal is an answer, not a ban: staff may ask again.
        Assert.Equal("pending", (await AskAsync(staff, customerId, durationMinutes: 60)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AManagedCustomerDecidesOnceItsPolicySaysSoAndBadRequestsAreNamedByField()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var administrator = await fixture.CustomerUserAsync(customerId, "administrator");
        var staff = await fixture.StaffAsync("administrator");
        var policy = $"/api/identity/organizations/{customerId}/security-policy";

        using var notNeeded = await fixture.SendAsync(staff.AccessToken, HttpMethod.Post, Requests, new { customerId, reason = "Check", durationMinutes = 30 });
        using var withoutApproval = await ImpersonateAsync(staff, administrator.UserId);
        var turnedOn = await ReadAsync(await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Put, policy, new { supportAccessNeedsApproval = true }));
        using var nowRefused = await ImpersonateAsync(staff, administrator.UserId);
        using var bad = await fixture.SendAsync(staff.AccessToken, HttpMethod.Post, Requests, new { customerId, reason = " ", durationMinutes = 481 });
        using var foreignUser = await fixture.SendAsync(staff.AccessToken, HttpMethod.Post, Requests,
            new { customerId, userId = staff.UserId, reason = "Check", durationMinutes = 30 });
        using var badQuery = await fixture.SendAsync(staff.AccessToken, HttpMethod.Get, $"{Requests}?status=sleeping&customerId=nope");

        Assert.Equal("support_access_not_needed", await CodeAsync(notNeeded, HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.OK, withoutApproval.StatusCode);
        Assert.True(turnedOn.GetProperty("supportAccessNeedsApproval").GetBoolean());
        Assert.False(turnedOn.GetProperty("requireTwoFactor").GetBoolean());
        Assert.Equal("support_access_not_approved", await CodeAsync(nowRefused, HttpStatusCode.Forbidden));
        var errors = (await ReadAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("reason", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("durationMinutes", out _), errors.ToString());
        Assert.True((await ReadAsync(foreignUser, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("userId", out _));
        var queryErrors = (await ReadAsync(badQuery, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(queryErrors.TryGetProperty("status", out _) && queryErrors.TryGetProperty("customerId", out _), queryErrors.ToString());
    }

    private async Task<JsonElement> AskAsync(Actor staff, Guid customerId, int durationMinutes, bool fullAccess = false, Guid? userId = null)
    {
        using var response = await fixture.SendAsync(staff.AccessToken, HttpMethod.Post, Requests,
            new { customerId, userId, reason = "Ticket 4711: the dashboard shows no devices", durationMinutes, fullAccess });
        return await ReadAsync(response, HttpStatusCode.Created);
    }

    private Task<HttpResponseMessage> ImpersonateAsync(Actor staff, Guid userId, bool fullAccess = false) =>
        fixture.SendAsync(staff.AccessToken, HttpMethod.Post, $"/api/identity/users/{userId}/impersonation", new { fullAccess });

    private async Task<string> TokenAsync(Actor staff, Guid userId, bool fullAccess = false)
    {
        using var response = await ImpersonateAsync(staff, userId, fullAccess);
        return (await ReadAsync(response)).GetProperty("access_token").GetString()!;
    }

    private static Guid Id(JsonElement request) => request.GetProperty("id").GetGuid();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response, HttpStatusCode expected) =>
        (await ReadAsync(response, expected)).GetProperty("code").GetString();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient service, string accessToken, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path).WithBearer(accessToken);
        return await service.SendAsync(request);
    }
}
