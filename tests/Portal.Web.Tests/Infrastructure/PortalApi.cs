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
        TokenAsync(DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);

    public static string UniqueEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    public Task<string> TokenAsync(string username, string password) => PasswordGrant.AccessTokenAsync(gateway, username, password);

    /// <summary>The password grant of the first-party <c>portal-cli</c> client; null when refused.</summary>
    public Task<string?> TryTokenAsync(string username, string password) => PasswordGrant.TryAccessTokenAsync(gateway, username, password);

    public async Task<Guid> CreateCorporateCustomerAsync(string token, string name) =>
        (await CreateCorporateCustomerWithSlugAsync(token, name)).Id;

    public async Task<(Guid Id, string Slug)> CreateCorporateCustomerWithSlugAsync(string token, string name)
    {
        var customer = await SendAsync(token, HttpMethod.Post, "/api/tenants/customers", new { name, type = "corporate" });
        return (customer.GetProperty("id").GetGuid(), customer.GetProperty("slug").GetString()!);
    }

    public async Task<Guid> CreateDepartmentAsync(string token, string name) =>
        (await SendAsync(token, HttpMethod.Post, "/api/tenants/departments", new { name })).GetProperty("id").GetGuid();

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

    /// <summary>Invites through the API; waits until identity has heard of the new customer (an event).</summary>
    public async Task<Guid> InviteAsync(string adminToken, Guid customerId, string email, string language)
    {
        var (_, invitation) = await Eventually.ReturnsAsync(
            () => TrySendAsync(adminToken, HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations",
                new { firstName = "Ina", lastName = "Vited", email, language, role = "member" }),
            result => result.Status != HttpStatusCode.NotFound,
            because: "identity to know the new customer and accept the invitation");
        return invitation.GetProperty("userId").GetGuid();
    }

    /// <summary>A user without access (nothing sent), then a set-password link for them; returns the user's id.</summary>
    public async Task<Guid> CreateUserAndSendPasswordLinkAsync(string adminToken, Guid customerId, string email, string language)
    {
        var (_, user) = await Eventually.ReturnsAsync(
            () => TrySendAsync(adminToken, HttpMethod.Post, $"/api/identity/organizations/{customerId}/users",
                new { firstName = "Set", lastName = "Password", email, language, role = "member", sendInvitation = false }),
            result => result.Status != HttpStatusCode.NotFound,
            because: "identity to know the new customer and create the user");
        var userId = user.GetProperty("id").GetGuid();
        using var link = await RequestAsync(HttpMethod.Post, $"/api/identity/users/{userId}/password-link", adminToken);
        Assert.True(link.IsSuccessStatusCode, $"password-link answered {(int)link.StatusCode}");
        return userId;
    }

    /// <summary>Accepts an invitation through the API, as the link's page does; the user can sign in afterwards.</summary>
    public async Task AcceptAsync(string link, string password)
    {
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query)["token"];
        using var response = await gateway.PostAsJsonAsync("/api/identity/invitations/accept", new { token, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task<JsonElement> MeAsync(string token)
    {
        using var response = await RequestAsync(HttpMethod.Get, "/api/identity/me", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Imports a people file for an organization (docs/people-import.md) and waits until the job is done.</summary>
    public async Task<Guid> ImportPeopleAsync(string token, Guid organizationId, string fileName, string csv)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/identity/organizations/{organizationId}/people/imports") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await gateway.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST people/imports gave {(int)response.StatusCode}: {text}");
        var importId = JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
        await Eventually.ReturnsAsync(
            async () => (await GetAsync(token, $"/api/identity/people-imports/{importId}")).GetProperty("status").GetString(),
            status => status != "running",
            TimeSpan.FromSeconds(60),
            because: "the people import to finish");
        return importId;
    }

    /// <summary>A call whose answer the test reads itself, whatever its status.</summary>
    public async Task<HttpResponseMessage> RequestAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await gateway.SendAsync(request);
    }

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
