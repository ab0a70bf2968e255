using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>
/// "View as" (POST /api/identity/users/{id}/impersonation): who may, what the token carries, that it
/// is read-only in identity and in tenants unless full access was granted, that it ends after 60
/// minutes, and that every request made with it lands in identity's audit log.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class ImpersonationTests(IdentityFixture fixture)
{
    // The code, not the words: the words are in the impersonated customer user's language (German here).
    private const string ReadOnlyCode = "impersonation_read_only";

    [Fact]
    public async Task StaffViewAsACustomerUserWithATokenThatNamesTheRealActorAndCannotBeRefreshed()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var staff = await fixture.StaffAsync("administrator");

        using var response = await ImpersonateAsync(staff.AccessToken, member.UserId);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("access_token").GetString()!;
        var claims = Tokens.Payload(token);
        var ownClaims = Tokens.Payload(member.AccessToken);
        var asMember = await MeAsync(token);
        var asThemselves = await MeAsync(member.AccessToken);
        var started = await AuditQueries.ReadAsync(fixture, await fixture.AdministratorTokenAsync(), $"action=impersonation.started&userId={member.UserId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.False(body.TryGetProperty("refresh_token", out _));
        Assert.Equal(staff.UserId.ToString(), claims.GetProperty("act").GetProperty("sub").GetString());
        foreach (var claim in new[] { "sub", "org_id", "org_kind", "role", "locale", "iss", "aud" })
        {
            Assert.Equal(ownClaims.GetProperty(claim).ToString(), claims.GetProperty(claim).ToString());
        }

        Assert.Equal(ownClaims.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).Order(),
            claims.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).Order());
        Assert.Equal(3600, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
        Assert.Equal(member.UserId, asMember.GetProperty("id").GetGuid());
        Assert.Equal(staff.UserId, asMember.GetProperty("impersonator").GetProperty("id").GetGuid());
        Assert.Equal("Max Staff", asMember.GetProperty("impersonator").GetProperty("name").GetString());
        Assert.False(asMember.GetProperty("impersonator").GetProperty("fullAccess").GetBoolean());
        Assert.Equal(JsonValueKind.Null, asThemselves.GetProperty("impersonator").ValueKind);
        var entry = AuditQueries.Single(started, "impersonation.started");
        Assert.Equal(staff.UserId, entry.GetProperty("actor").GetProperty("id").GetGuid());
        Assert.Equal(member.UserId, entry.GetProperty("subject").GetProperty("id").GetGuid());
        Assert.Equal(customerId, entry.GetProperty("organizationId").GetGuid());
        Assert.StartsWith("read-only", entry.GetProperty("details").GetString());
    }

    [Fact]
    public async Task AReadOnlyImpersonationChangesNothingInIdentityOrTenantsAndEveryRequestIsAudited()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var staff = await fixture.StaffAsync("administrator");
        var token = await TokenAsync(staff.AccessToken, admin.UserId);

        using var rename = await SendAsync(fixture.Identity, token, HttpMethod.Patch, "/api/identity/me", new { firstName = "Changed" });
        using var invite = await SendAsync(fixture.Identity, token, HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
            new { firstName = "New", lastName = "Person", email = Actors.UniqueEmail(), language = "en", role = "member", sendInvitation = false });
        using var department = await SendAsync(fixture.Tenants, token, HttpMethod.Post, "/api/tenants/departments", new { name = "Not allowed" });
        using var read = await SendAsync(fixture.Tenants, token, HttpMethod.Get, "/api/tenants/customers");
        using var team = await SendAsync(fixture.Identity, token, HttpMethod.Get, $"/api/identity/organizations/{customerId}/users");

        foreach (var refused in new[] { rename, invite, department })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(ReadOnlyCode, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Equal("Erika", await fixture.IdentityDb.ScalarAsync<string>("SELECT first_name FROM users WHERE id = $1", admin.UserId));
        Assert.Equal(1L, await fixture.IdentityDb.ScalarAsync<long>("SELECT count(*) FROM users WHERE organization_id = $1", customerId));

        var requests = await Eventually.ReturnsAsync(
            async () => await AuditQueries.ReadAsync(fixture, await fixture.AdministratorTokenAsync(), $"action=impersonation.request&userId={admin.UserId}"),
            page => page.GetProperty("totalCount").GetInt32() >= 5,
            because: "every impersonated request to reach the audit log");
        var details = requests.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("details").GetString()!).ToList();
        Assert.Equal(5, requests.GetProperty("totalCount").GetInt32());
        Assert.Contains(details, d => d.StartsWith("PATCH /api/identity/me -> 403", StringComparison.Ordinal));
        Assert.Contains(details, d => d.StartsWith($"POST /api/identity/organizations/{customerId}/users -> 403", StringComparison.Ordinal));
        Assert.Contains(details, d => d.StartsWith("POST /api/tenants/departments -> 403", StringComparison.Ordinal) && d.Contains("Tenants"));
        Assert.Contains(details, d => d.StartsWith("GET /api/tenants/customers -> 200", StringComparison.Ordinal) && d.Contains("Tenants"));
        Assert.Contains(details, d => d.StartsWith($"GET /api/identity/organizations/{customerId}/users -> 200", StringComparison.Ordinal));
        Assert.All(requests.GetProperty("items").EnumerateArray(), e =>
        {
            Assert.Equal(staff.UserId, e.GetProperty("actor").GetProperty("id").GetGuid());
            Assert.Equal(staff.UserId, e.GetProperty("impersonator").GetProperty("id").GetGuid());
            Assert.Equal(admin.UserId, e.GetProperty("subject").GetProperty("id").GetGuid());
            Assert.Equal(customerId, e.GetProperty("organizationId").GetGuid());
        });

        // The customer's own administrator sees who viewed their portal as them.
        var seenByCustomer = await AuditQueries.ReadAsync(fixture, admin.AccessToken, "action=impersonation.request");
        Assert.Equal(5, seenByCustomer.GetProperty("totalCount").GetInt32());
        Assert.Equal("Max Staff", seenByCustomer.GetProperty("items")[0].GetProperty("impersonator").GetProperty("name").GetString());
        // ... in the support access category, with the start of the view.
        var supportAccess = AuditQueries.Actions(await AuditQueries.ReadAsync(fixture, admin.AccessToken, "category=support-access"));
        Assert.Equal(5, supportAccess.Count(a => a == "impersonation.request"));
        Assert.Equal(["impersonation.request", "impersonation.started"], supportAccess.Distinct().Order());
    }

    [Fact]
    public async Task FullAccessLetsTheImpersonatorChangeWhatTheUserMayChange()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var staff = await fixture.StaffAsync("administrator");
        var token = await TokenAsync(staff.AccessToken, member.UserId, fullAccess: true);

        using var rename = await SendAsync(fixture.Identity, token, HttpMethod.Patch, "/api/identity/me", new { firstName = "Changed" });
        var me = await MeAsync(token);

        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        Assert.Equal("Changed", await fixture.IdentityDb.ScalarAsync<string>("SELECT first_name FROM users WHERE id = $1", member.UserId));
        Assert.True(me.GetProperty("impersonator").GetProperty("fullAccess").GetBoolean());
        var requests = await Eventually.ReturnsAsync(
            async () => await AuditQueries.ReadAsync(fixture, await fixture.AdministratorTokenAsync(), $"action=impersonation.request&userId={member.UserId}"),
            page => page.GetProperty("totalCount").GetInt32() >= 2,
            because: "the impersonated requests to reach the audit log");
        Assert.Contains(AuditQueries.Details(requests), d => d.StartsWith("PATCH /api/identity/me -> 200", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FullAccessNeedsItsOwnPermissionWhileReadOnlyNeedsOnlyUsersImpersonate()
    {
        var departmentId = await fixture.CreateDepartmentAsync();
        var customerId = await fixture.CreateCustomerAsync(departmentId: departmentId);
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var departmentAdmin = await fixture.StaffAsync("department-administrator", new { departmentIds = new[] { departmentId } });

        using var full = await ImpersonateAsync(departmentAdmin.AccessToken, member.UserId, fullAccess: true);
        using var readOnly = await ImpersonateAsync(departmentAdmin.AccessToken, member.UserId, fullAccess: false);

        await AssertRefusedAsync(full, HttpStatusCode.Forbidden);
        Assert.Contains("users.impersonate.full", (await full.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, readOnly.StatusCode);
    }

    [Fact]
    public async Task ProviderStaffAreNeverImpersonated()
    {
        var colleague = await fixture.StaffAsync("content-creator");
        var staff = await fixture.StaffAsync("administrator");

        using var response = await ImpersonateAsync(staff.AccessToken, colleague.UserId);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden);
        await AssertNotStartedAsync(colleague.UserId);
    }

    [Fact]
    public async Task CallersWithoutUsersImpersonateAreRefusedWithoutLearningAboutTheUser()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var customerAdmin = await fixture.CustomerUserAsync(customerId, "administrator");
        var contentCreator = await fixture.StaffAsync("content-creator");

        using var byContentCreator = await ImpersonateAsync(contentCreator.AccessToken, member.UserId);
        using var byCustomerAdmin = await ImpersonateAsync(customerAdmin.AccessToken, member.UserId);
        using var forNobody = await ImpersonateAsync(contentCreator.AccessToken, Guid.NewGuid());

        await AssertRefusedAsync(byContentCreator, HttpStatusCode.Forbidden);
        await AssertRefusedAsync(byCustomerAdmin, HttpStatusCode.Forbidden);
        await AssertRefusedAsync(forNobody, HttpStatusCode.Forbidden);
        Assert.Equal(await AnswerAsync(byContentCreator), await AnswerAsync(forNobody));
        await AssertNotStartedAsync(member.UserId);
    }

    [Fact]
    public async Task CustomersOutsideTheAccessibleAccountsOrOfAnotherProviderLookLikeUnknownUsers()
    {
        var accessible = await fixture.CreateCustomerAsync();
        var notAccessible = await fixture.CreateCustomerAsync();
        var otherProvidersCustomer = await fixture.CreateCustomerAsync();
        var outsideScope = await fixture.CustomerUserAsync(notAccessible, "member");
        var ofOtherProvider = await fixture.CustomerUserAsync(otherProvidersCustomer, "member");
        // The customer moves to another provider, as if it had always been that provider's.
        await fixture.IdentityDb.ExecuteAsync("UPDATE organizations SET provider_id = $1 WHERE id = $2", Guid.NewGuid(), otherProvidersCustomer);
        var limited = await fixture.StaffAsync("administrator", new { accessibleAccounts = new { all = false, customerIds = new[] { accessible } } });
        var unlimited = await fixture.StaffAsync("administrator");

        using var unknown = await ImpersonateAsync(limited.AccessToken, Guid.NewGuid());
        using var outside = await ImpersonateAsync(limited.AccessToken, outsideScope.UserId);
        using var otherProvider = await ImpersonateAsync(unlimited.AccessToken, ofOtherProvider.UserId);

        await AssertRefusedAsync(unknown, HttpStatusCode.NotFound);
        await AssertRefusedAsync(outside, HttpStatusCode.NotFound);
        await AssertRefusedAsync(otherProvider, HttpStatusCode.NotFound);
        var answerForUnknown = await AnswerAsync(unknown);
        Assert.Equal(answerForUnknown, await AnswerAsync(outside));
        Assert.Equal(answerForUnknown, await AnswerAsync(otherProvider));
        await AssertNotStartedAsync(outsideScope.UserId);
        await AssertNotStartedAsync(ofOtherProvider.UserId);
    }

    [Fact]
    public async Task DeactivatedUsersAndUsersWithoutAccessCannotBeImpersonated()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var staff = await fixture.StaffAsync("administrator");
        using var deactivated = await fixture.SendAsync(staff.AccessToken, HttpMethod.Post, $"/api/identity/users/{member.UserId}/deactivate");
        using var created = await fixture.SendAsync(staff.AccessToken, HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
            new { firstName = "No", lastName = "Access", email = Actors.UniqueEmail(), language = "en", role = "member", sendInvitation = false });
        var withoutAccess = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var ofDeactivated = await ImpersonateAsync(staff.AccessToken, member.UserId);
        using var ofWithoutAccess = await ImpersonateAsync(staff.AccessToken, withoutAccess);

        Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);
        await AssertRefusedAsync(ofDeactivated, HttpStatusCode.Forbidden);
        await AssertRefusedAsync(ofWithoutAccess, HttpStatusCode.Forbidden);
        await AssertNotStartedAsync(member.UserId);
        await AssertNotStartedAsync(withoutAccess);
    }

    [Fact]
    public async Task AnImpersonationTokenCannotStartAnotherImpersonation()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var other = await fixture.CustomerUserAsync(customerId, "moderator");
        var staff = await fixture.StaffAsync("administrator");
        var token = await TokenAsync(staff.AccessToken, member.UserId, fullAccess: true);

        using var chained = await ImpersonateAsync(token, other.UserId);

        await AssertRefusedAsync(chained, HttpStatusCode.Forbidden);
        await AssertNotStartedAsync(other.UserId);
    }

    /// <summary>
    /// The token's <c>exp</c> is the issue time + 60 minutes, even though the fixture configures two
    /// hours. Identity and tenants (clocks moved together) accept it at T-1 s and refuse it at T:
    /// tenants' JwtBearer would allow 30 s of clock skew, but the impersonation guard every service
    /// shares refuses an impersonation token at its <c>exp</c> by the service's own clock.
    /// </summary>
    [Fact]
    public async Task AnImpersonationEndsAfterSixtyMinutesInIdentityAndTenants()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var member = await fixture.CustomerUserAsync(customerId, "member");
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

            var token = await TokenAsync(staff.AccessToken, member.UserId);
            foreach (var clock in clocks)
            {
                await clock.AdvanceAsync(TimeSpan.FromMinutes(60) - TimeSpan.FromSeconds(1));
            }

            using var identityLastSecond = await SendAsync(fixture.Identity, token, HttpMethod.Get, "/api/identity/me");
            using var tenantsLastSecond = await SendAsync(fixture.Tenants, token, HttpMethod.Get, "/api/tenants/customers");
            foreach (var clock in clocks)
            {
                await clock.AdvanceAsync(TimeSpan.FromSeconds(1));
            }

            using var identityAtExpiry = await SendAsync(fixture.Identity, token, HttpMethod.Get, "/api/identity/me");
            using var tenantsAtExpiry = await SendAsync(fixture.Tenants, token, HttpMethod.Get, "/api/tenants/customers");

            Assert.Equal(start.AddHours(1).ToUnixTimeSeconds(), Tokens.Payload(token).GetProperty("exp").GetInt64());
            Assert.Equal(HttpStatusCode.OK, identityLastSecond.StatusCode);
            Assert.Equal(HttpStatusCode.OK, tenantsLastSecond.StatusCode);
            foreach (var expired in new[] { identityAtExpiry, tenantsAtExpiry })
            {
                await AssertRefusedAsync(expired, HttpStatusCode.Unauthorized);
                Assert.Equal("impersonation_ended", (await expired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
            }
        }
        finally
        {
            foreach (var clock in clocks)
            {
                await clock.ResetAsync();
            }
        }
    }

    private Task<HttpResponseMessage> ImpersonateAsync(string accessToken, Guid userId, bool? fullAccess = null) =>
        fixture.SendAsync(accessToken, HttpMethod.Post, $"/api/identity/users/{userId}/impersonation", fullAccess is null ? null : new { fullAccess });

    private async Task<string> TokenAsync(string accessToken, Guid userId, bool? fullAccess = null)
    {
        using var response = await ImpersonateAsync(accessToken, userId, fullAccess);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    private async Task<JsonElement> MeAsync(string accessToken)
    {
        using var response = await SendAsync(fixture.Identity, accessToken, HttpMethod.Get, "/api/identity/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient service, string accessToken, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path).WithBearer(accessToken);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await service.SendAsync(request);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("access_token", body);
    }

    /// <summary>What a refusal tells the caller, apart from the echoed path and the trace id.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return string.Join(" | ", new[] { "status", "title", "detail", "errors" }
            .Select(p => body.TryGetProperty(p, out var value) ? value.ToString() : "-"));
    }

    private async Task AssertNotStartedAsync(Guid userId) =>
        Assert.Equal(0L, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM audit_entries WHERE action = 'impersonation.started' AND subject_user_id = $1", userId));
}
