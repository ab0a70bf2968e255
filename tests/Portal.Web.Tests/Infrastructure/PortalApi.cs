using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.AppHost;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// Sets up what a browser test needs through the public API, with real tokens from identity
/// (the password grant of <c>portal-cli</c>, on in Development): customers, users, devices.
/// </summary>
public sealed class PortalApi(HttpClient gateway)
{
    public const string UserPassword = "Correct-Horse-42-Battery";

    public Task<string> AdministratorTokenAsync() =>
        TokenAsync(PortalApplication.DevelopmentAdminEmail, PortalApplication.DevelopmentAdminPassword);

    public async Task<string> TokenAsync(string username, string password)
    {
        using var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "portal-cli",
            ["username"] = username,
            ["password"] = password,
            ["scope"] = "openid profile email offline_access portal",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"No token for {username}: {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    public async Task<Guid> CreateCorporateCustomerAsync(string token, string name) =>
        (await CreateCorporateCustomerWithSlugAsync(token, name)).Id;

    public async Task<(Guid Id, string Slug)> CreateCorporateCustomerWithSlugAsync(string token, string name)
    {
        var customer = await SendAsync(token, HttpMethod.Post, "/api/tenants/customers", new { name, type = "corporate" });
        return (customer.GetProperty("id").GetGuid(), customer.GetProperty("slug").GetString()!);
    }

    /// <summary>Invites a customer user and accepts with the token from the mail, as the invitee would.</summary>
    public async Task<string> AddActiveUserAsync(string token, Guid customerId, MailDevInbox inbox, string firstName, string language, string role = "administrator")
    {
        var email = $"{firstName.ToLowerInvariant()}.{Guid.NewGuid():N}@customer.example";
        // Identity learns of a new customer through an event; until then the customer is unknown there.
        await Eventually.ReturnsAsync(
            () => TrySendAsync(token, HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations", new { firstName, lastName = "Tester", email, language, role }),
            result => result.Status != HttpStatusCode.NotFound,
            because: "identity to know the new customer");
        var invitationToken = await inbox.InvitationTokenForAsync(email);
        using var accepted = await gateway.PostAsJsonAsync("/api/identity/invitations/accept", new { token = invitationToken, password = UserPassword });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        return email;
    }

    public async Task<JsonElement> GetAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} gave {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<Guid> CreateDepartmentAsync(string token, string name) =>
        (await SendAsync(token, HttpMethod.Post, "/api/tenants/departments", new { name })).GetProperty("id").GetGuid();

    /// <summary>An object in a department; assets learns of both the customer and the department through events.</summary>
    public async Task CreateObjectAsync(string token, Guid customerId, Guid departmentId, string name) =>
        await Eventually.ReturnsAsync(
            async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/assets/objects") { Content = JsonContent.Create(new { customerId, departmentId, name }) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await gateway.SendAsync(request);
                return response.StatusCode;
            },
            status => status == HttpStatusCode.Created,
            because: "assets to know the customer and the department");

    /// <summary>Narrows a customer user's portal areas, as provider staff would.</summary>
    public async Task LimitPortalAreasAsync(string token, Guid customerId, string email, params string[] portalAreas)
    {
        var users = await GetAsync(token, $"/api/identity/organizations/{customerId}/users");
        var userId = users.EnumerateArray().Single(u => u.GetProperty("email").GetString() == email).GetProperty("id").GetGuid();
        await SendAsync(token, HttpMethod.Patch, $"/api/identity/users/{userId}", new { portalAreas });
    }

    public async Task<Guid> CreateDeviceAsync(string token, Guid customerId, string objectName, string deviceName)
    {
        // Assets, too, learns of a new customer through an event.
        var site = (await Eventually.ReturnsAsync(
            () => TrySendAsync(token, HttpMethod.Post, "/api/assets/objects", new { customerId, name = objectName, address = "Hauptstraße 1, Berlin" }),
            result => result.Status != HttpStatusCode.NotFound,
            because: "assets to know the new customer")).Body;
        var device = await SendAsync(token, HttpMethod.Post, "/api/assets/devices",
            new { customerId, objectId = site.GetProperty("id").GetGuid(), name = deviceName, model = "HX-200", serialNumber = "SN-" + Guid.NewGuid().ToString("N")[..8] });
        return device.GetProperty("id").GetGuid();
    }

    /// <summary>Identity learns of a new customer through an event; invitations wait for it.</summary>
    public async Task WaitUntilIdentityKnowsAsync(string token, Guid customerId) =>
        await Eventually.ReturnsAsync(
            async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/identity/customers/{customerId}/invitations");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await gateway.SendAsync(request);
                return response.StatusCode;
            },
            status => status == HttpStatusCode.OK,
            because: "identity to know the new customer");

    public async Task<Guid> OpenTicketAsync(string token, Guid deviceId, string title) =>
        (await SendAsync(token, HttpMethod.Post, "/api/assets/tickets", new { deviceId, title, description = "Opened by the test.", priority = "high" }))
            .GetProperty("id").GetGuid();

    /// <summary>A call that may meet a 404 while an event is on its way; any other failure fails the test.</summary>
    private async Task<(HttpStatusCode Status, JsonElement Body)> TrySendAsync(string token, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound, $"{method} {path} gave {(int)response.StatusCode}: {text}");
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private async Task<JsonElement> SendAsync(string token, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} gave {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
