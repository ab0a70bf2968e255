using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Contracts.Organizations;

namespace Identity.Api.Tests.Infrastructure;

/// <summary>A signed-in person of a test: who they are and their access token.</summary>
public sealed record Actor(Guid UserId, Guid OrganizationId, string Email, string Password, string AccessToken);

/// <summary>
/// Builds each test's own world through the public surface: customers and departments arrive as
/// tenants' events on the real broker; people are invited (or created) over HTTP, accept with the
/// link from the event in identity's outbox, and sign in with the password grant.
/// </summary>
public static class Actors
{
    public const string Password = "correct horse battery staple";

    private static string? _administratorToken;

    public static async Task<string> AdministratorTokenAsync(this IdentityFixture fixture) =>
        _administratorToken ??= await fixture.Identity.SignInAsync(IdentityFixture.AdminEmail, IdentityFixture.AdminPassword);

    public static string UniqueEmail(string who = "user") => $"{who}-{Guid.NewGuid():N}@example.test";

    public static async Task<Guid> CreateCustomerAsync(this IdentityFixture fixture, string type = CustomerTypes.Corporate, bool independent = false, Guid? departmentId = null)
    {
        var id = Guid.NewGuid();
        await fixture.Bus.Publish(new CustomerCreated(id, IdentityFixture.ProviderId, "Customer " + id.ToString("N")[..8], "c-" + id.ToString("N"), type, departmentId, independent));
        await fixture.WaitForRowAsync("SELECT count(*) FROM organizations WHERE id = $1", id);
        return id;
    }

    /// <summary>The customer administers itself from now on, as tenants announces it; its users must exist before.</summary>
    public static async Task BecomeIndependentAsync(this IdentityFixture fixture, Guid customerId)
    {
        await fixture.Bus.Publish(new CustomerBecameIndependent(customerId, IdentityFixture.ProviderId));
        await fixture.WaitForRowAsync("SELECT count(*) FROM organizations WHERE id = $1 AND independent", customerId);
    }

    public static async Task<Guid> CreateDepartmentAsync(this IdentityFixture fixture)
    {
        var id = Guid.NewGuid();
        await fixture.Bus.Publish(new DepartmentCreated(id, IdentityFixture.ProviderId, "Department " + id.ToString("N")[..8]));
        await fixture.WaitForRowAsync("SELECT count(*) FROM departments WHERE id = $1", id);
        return id;
    }

    /// <summary>An object of the customer, as assets announces it.</summary>
    public static async Task<Guid> CreateObjectAsync(this IdentityFixture fixture, Guid customerId)
    {
        var id = Guid.NewGuid();
        await fixture.Bus.Publish(new Portal.Contracts.Assets.ObjectCreated(id, customerId, IdentityFixture.ProviderId, null, "Plant " + id.ToString("N")[..8], null));
        await fixture.WaitForRowAsync("SELECT count(*) FROM customer_objects WHERE id = $1", id);
        return id;
    }

    public static async Task WaitForRowAsync(this IdentityFixture fixture, string countSql, object parameter) =>
        await Eventually.ReturnsAsync(() => fixture.IdentityDb.ScalarAsync<long>(countSql, parameter), count => count > 0, because: "the event to reach identity");

    /// <summary>The link of the latest invitation or set-password mail for a user, as the notifications service would get it.</summary>
    public static async Task<string> LatestLinkTokenAsync(this IdentityFixture fixture, Guid userId)
    {
        var url = await fixture.IdentityDb.ScalarAsync<string>(
            """
            SELECT coalesce(body->>'acceptUrl', body->>'setPasswordUrl') FROM outbox_messages
            WHERE message_type IN ('Portal.Contracts.Identity.InvitationCreated', 'Portal.Contracts.Identity.PasswordLinkCreated')
              AND body->>'userId' = $1
            ORDER BY sequence DESC LIMIT 1
            """,
            userId.ToString());
        Assert.NotNull(url);
        return AccountLinks.TokenOf(url);
    }

    public static async Task<HttpResponseMessage> AcceptAsync(this IdentityFixture fixture, string token, string password = Password) =>
        await fixture.Identity.PostAsJsonAsync("/api/identity/invitations/accept", new { token, password });

    /// <summary>Invites a person to a customer as the provider's administrator; returns the invitation's JSON.</summary>
    public static async Task<JsonElement> InviteAsync(this IdentityFixture fixture, Guid customerId, string role, string? email = null, string language = "de")
    {
        using var response = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations",
            new { firstName = "Erika", lastName = "Muster", email = email ?? UniqueEmail(role), language, role });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A customer user who accepted their invitation and signed in.</summary>
    public static async Task<Actor> CustomerUserAsync(this IdentityFixture fixture, Guid customerId, string role)
    {
        var email = UniqueEmail(role);
        var invitation = await fixture.InviteAsync(customerId, role, email);
        var userId = invitation.GetProperty("userId").GetGuid();
        using var accepted = await fixture.AcceptAsync(await fixture.LatestLinkTokenAsync(userId));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        return new Actor(userId, customerId, email, Password, await fixture.Identity.SignInAsync(email, Password));
    }

    /// <summary>A provider colleague created by the administrator, with the given role and scope, signed in.</summary>
    public static async Task<Actor> StaffAsync(this IdentityFixture fixture, string role, object? scope = null, Guid? customRoleId = null)
    {
        var admin = await fixture.AdministratorTokenAsync();
        var email = UniqueEmail(role);
        using var created = await fixture.SendAsync(admin, HttpMethod.Post, $"/api/identity/organizations/{IdentityFixture.ProviderId}/users",
            new { firstName = "Max", lastName = "Staff", email, language = "en", role, customRoleId, sendInvitation = true });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        if (scope is not null)
        {
            using var scoped = await fixture.SendAsync(admin, HttpMethod.Patch, $"/api/identity/users/{userId}", scope);
            Assert.True(scoped.StatusCode == HttpStatusCode.OK, await scoped.Content.ReadAsStringAsync());
        }

        using var accepted = await fixture.AcceptAsync(await fixture.LatestLinkTokenAsync(userId));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        return new Actor(userId, IdentityFixture.ProviderId, email, Password, await fixture.Identity.SignInAsync(email, Password));
    }

    public static async Task<HttpResponseMessage> SendAsync(this IdentityFixture fixture, string accessToken, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path).WithBearer(accessToken);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await fixture.Identity.SendAsync(request);
    }
}
