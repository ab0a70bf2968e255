using System.Net;
using System.Text.Json;
using Portal.Stack.Tests.Infrastructure;
using Portal.Stack.Tests.Journeys;

namespace Portal.Stack.Tests;

/// <summary>
/// Support access across the whole stack, through the gateway: tenants makes a customer independent, identity
/// learns it from the event, staff ask, the customer's administrator approves, and the "view as" token reads the
/// customer's devices in assets (read-only) until the administrator ends the window; then assets refuses it too.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class SupportAccessThroughTheGatewayTests(StackFixture stack)
{
    private const string Requests = "/api/identity/support-access-requests";

    [Fact]
    public async Task AnApprovedWindowOpensTheCustomersDevicesUntilTheCustomerEndsIt()
    {
        var staff = await stack.AdministratorAsync();
        var customerId = await StackUsers.CreateCustomerAsync(staff);
        var site = await staff.SendUntilAsync(HttpMethod.Post, "/api/assets/objects", new { customerId, name = "Werk Süd" }, HttpStatusCode.Created);
        var device = await staff.SendUntilAsync(HttpMethod.Post, "/api/assets/devices",
            new { objectId = site.GetProperty("id").GetGuid(), name = "Kältemaschine" }, HttpStatusCode.Created);
        var devicePath = $"/api/assets/devices/{device.GetProperty("id").GetGuid()}";
        var administrator = await stack.InviteAndSignInAsync(staff, customerId, "administrator");
        var administratorId = (await administrator.SendUntilAsync(HttpMethod.Get, "/api/identity/me", null, HttpStatusCode.OK)).GetProperty("id").GetGuid();
        await staff.SendUntilAsync(HttpMethod.Post, $"/api/tenants/customers/{customerId}/independence", null, HttpStatusCode.OK);

        // Identity learns of the independence through tenants' event: from then on, "view as" needs an approval.
        var refused = await staff.SendUntilAsync(HttpMethod.Post, $"/api/identity/users/{administratorId}/impersonation", new { }, HttpStatusCode.Forbidden);
        Assert.Equal("support_access_not_approved", refused.GetProperty("code").GetString());

        var request = await staff.SendUntilAsync(HttpMethod.Post, Requests,
            new { customerId, reason = "Ticket 815: devices missing", durationMinutes = 15 }, HttpStatusCode.Created);
        var requestId = request.GetProperty("id").GetGuid();
        await administrator.SendUntilAsync(HttpMethod.Post, $"{Requests}/{requestId}/approve", new { }, HttpStatusCode.OK);
        var impersonation = await staff.SendUntilAsync(HttpMethod.Post, $"/api/identity/users/{administratorId}/impersonation", new { }, HttpStatusCode.OK);
        var viewer = new PortalSession(stack.Gateway, impersonation.GetProperty("access_token").GetString()!);

        using (var read = await viewer.SendAsync(HttpMethod.Get, devicePath))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using (var write = await viewer.SendAsync(HttpMethod.Post, "/api/assets/tickets", new { deviceId = device.GetProperty("id").GetGuid(), title = "Planted" }))
        {
            Assert.Equal("impersonation_read_only", await CodeAsync(write, HttpStatusCode.Forbidden));
        }

        await administrator.SendUntilAsync(HttpMethod.Post, $"{Requests}/{requestId}/end", null, HttpStatusCode.OK);

        // Assets asked identity a moment ago and may keep that answer for a few seconds; then it refuses.
        var after = await viewer.SendUntilAsync(HttpMethod.Get, devicePath, null, HttpStatusCode.Unauthorized);
        Assert.Equal("support_access_ended", after.GetProperty("code").GetString());
        using var again = await staff.SendAsync(HttpMethod.Post, $"/api/identity/users/{administratorId}/impersonation", new { });
        Assert.Equal("support_access_not_approved", await CodeAsync(again, HttpStatusCode.Forbidden));
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("code").GetString();
    }
}
