using System.Net.Http.Json;
using System.Text.Json;

namespace Identity.Api.Tests.Infrastructure;

/// <summary>
/// The account e-mails of the lifecycle (reset, e-mail change, its notice) as the notifications
/// service would get them: the events in identity's outbox, and the token inside their links.
/// </summary>
public static class AccountLinks
{
    public const string ResetRequested = "Portal.Contracts.Identity.PasswordResetRequested";
    public const string EmailChangeRequested = "Portal.Contracts.Identity.EmailChangeRequested";
    public const string EmailChanged = "Portal.Contracts.Identity.EmailChanged";
    public const string UserDeactivated = "Portal.Contracts.Identity.UserDeactivated";
    public const string UserDeleted = "Portal.Contracts.Identity.UserDeleted";

    /// <summary>The latest event of a type about a user, as JSON; null when there is none.</summary>
    public static async Task<JsonElement?> LatestEventAsync(this IdentityFixture fixture, string messageType, Guid userId)
    {
        var body = await fixture.IdentityDb.ScalarAsync<string>(
            "SELECT body::text FROM outbox_messages WHERE message_type = $1 AND body->>'userId' = $2 ORDER BY sequence DESC LIMIT 1",
            messageType, userId.ToString());
        return body is null ? null : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<long> EventCountAsync(this IdentityFixture fixture, string messageType, Guid userId) =>
        await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type = $1 AND body->>'userId' = $2", messageType, userId.ToString());

    /// <summary>The token of the link in the latest event of a type about a user.</summary>
    public static async Task<string> LatestTokenAsync(this IdentityFixture fixture, string messageType, Guid userId, string urlField)
    {
        var message = await fixture.LatestEventAsync(messageType, userId);
        Assert.True(message.HasValue, $"No {messageType} for the user.");
        return TokenOf(message.Value.GetProperty(urlField).GetString()!);
    }

    /// <summary>The link's token; the link also names its language (<c>&amp;lang=</c>).</summary>
    public static string TokenOf(string url) => System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["token"]!;

    public static Task<HttpResponseMessage> PostAnonymousAsync(this IdentityFixture fixture, string path, object body) =>
        fixture.Identity.PostAsJsonAsync(path, body);

    /// <summary>A fresh customer member who signed in; their refresh token belongs to that session.</summary>
    public static async Task<(Actor Member, TokenResult Session)> SignedInMemberAsync(this IdentityFixture fixture, string role = "member")
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), role);
        var session = await fixture.Identity.PasswordAsync(member.Email, member.Password);
        Assert.Equal(System.Net.HttpStatusCode.OK, session.Status);
        return (member, session);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>A corporate customer created through the tenants service, as the provider's administrator.</summary>
    public static async Task<Guid> CreateTenantsCustomerAsync(this IdentityFixture fixture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tenants/customers").WithBearer(await fixture.AdministratorTokenAsync());
        request.Content = JsonContent.Create(new { name = "Lifecycle " + Guid.NewGuid().ToString("N")[..8], type = "corporate" });
        using var created = await fixture.Tenants.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Waits until tenants answers a user's request for a customer with <paramref name="expected"/> (events take a moment).</summary>
    public static async Task WaitForTenantsCustomerStatusAsync(this IdentityFixture fixture, string accessToken, Guid customerId, System.Net.HttpStatusCode expected) =>
        await Portal.Testing.Eventually.ReturnsAsync(
            async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tenants/customers/{customerId}").WithBearer(accessToken);
                using var response = await fixture.Tenants.SendAsync(request);
                return response.StatusCode;
            },
            status => status == expected,
            because: $"tenants to answer {expected}");
}
