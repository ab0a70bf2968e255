using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.AppHost;

namespace Portal.Account.Tests.Infrastructure;

/// <summary>What a script does through the gateway with real tokens: the steps before a user opens a link.</summary>
public sealed class PortalApi(HttpClient gateway)
{
    public const string Scope = "openid profile email offline_access portal";

    public static string UniqueEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    /// <summary>The password grant of the first-party <c>portal-cli</c> client; null when refused.</summary>
    public async Task<string?> TokenAsync(string username, string password)
    {
        using var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(
        [
            new("grant_type", "password"),
            new("client_id", "portal-cli"),
            new("username", username),
            new("password", password),
            new("scope", Scope),
        ]));
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            return null;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
    }

    public async Task<string> AdminTokenAsync() =>
        await TokenAsync(PortalApplication.DevelopmentAdminEmail, PortalApplication.DevelopmentAdminPassword)
        ?? throw new InvalidOperationException("The development administrator cannot sign in.");

    public async Task<Guid> CreateCorporateCustomerAsync(string adminToken)
    {
        var name = $"Account pages {Guid.NewGuid():N}";
        using var response = await SendAsync(HttpMethod.Post, "/api/tenants/customers", adminToken, new { name, type = "corporate" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Invites through the API; waits until identity has heard of the new customer (an event).</summary>
    public async Task<Guid> InviteAsync(string adminToken, Guid customerId, string email, string language)
    {
        var created = await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await SendAsync(HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations", adminToken,
                    new { firstName = "Ina", lastName = "Vited", email, language, role = "member" });
                return response.StatusCode == HttpStatusCode.Created ? await response.Content.ReadFromJsonAsync<JsonElement>() : (JsonElement?)null;
            },
            invitation => invitation is not null,
            because: "identity to know the new customer and accept the invitation");
        return created!.Value.GetProperty("userId").GetGuid();
    }

    /// <summary>A user without access (nothing sent), then a set-password link for them; returns the user's id.</summary>
    public async Task<Guid> CreateUserAndSendPasswordLinkAsync(string adminToken, Guid customerId, string email, string language)
    {
        var created = await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await SendAsync(HttpMethod.Post, $"/api/identity/organizations/{customerId}/users", adminToken,
                    new { firstName = "Set", lastName = "Password", email, language, role = "member", sendInvitation = false });
                return response.StatusCode == HttpStatusCode.Created ? await response.Content.ReadFromJsonAsync<JsonElement>() : (JsonElement?)null;
            },
            user => user is not null,
            because: "identity to know the new customer and create the user");
        var userId = created!.Value.GetProperty("id").GetGuid();

        using var link = await SendAsync(HttpMethod.Post, $"/api/identity/users/{userId}/password-link", adminToken);
        Assert.True(link.IsSuccessStatusCode, $"password-link answered {(int)link.StatusCode}");
        return userId;
    }

    /// <summary>Accepts an invitation through the API, as the link's page does; the user can sign in afterwards.</summary>
    public async Task AcceptAsync(string link, string password)
    {
        var token = Uri.UnescapeDataString(new Uri(link).Query.Split("token=", 2)[1]);
        using var response = await gateway.PostAsJsonAsync("/api/identity/invitations/accept", new { token, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task<JsonElement> MeAsync(string token)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/identity/me", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await gateway.SendAsync(request);
    }
}
