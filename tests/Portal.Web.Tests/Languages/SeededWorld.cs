using System.Net.Http.Json;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Languages;

/// <summary>
/// A customer with something in every table of the customer portal and the back office (object, device,
/// ticket with a comment, video session, template, a team of two, a department), a German and an English
/// administrator of it, and a German member of the provider's staff. The records' names and texts are codes of
/// no language, so that only the portal's own words can be of the wrong one.
/// </summary>
public sealed record SeededWorld(
    string GermanCustomerAdmin,
    string EnglishCustomerAdmin,
    string GermanStaff,
    IReadOnlyList<(string Path, string Shows)> CustomerPages,
    IReadOnlyList<(string Path, string Shows)> StaffPages)
{
    public static async Task<SeededWorld> CreateAsync(WebStack stack)
    {
        var api = stack.Api;
        var admin = await api.AdministratorTokenAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var customerName = $"Acme {suffix} GmbH";
        var customerId = await api.CreateCorporateCustomerAsync(admin, customerName);
        var department = $"D-{suffix}";
        await api.CreateDepartmentAsync(admin, department);
        var objectName = $"O-{suffix}";
        var deviceName = $"HX-{suffix}";
        var deviceId = await api.CreateDeviceAsync(admin, customerId, objectName, deviceName);

        var german = await api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Greta", language: "de");
        var english = await api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Oliver", language: "en");
        var germanToken = await api.TokenAsync(german, PortalApi.UserPassword);
        var ticketTitle = $"T-{suffix}";
        using var opened = await api.RequestAsync(HttpMethod.Post, "/api/assets/tickets", germanToken,
            new { deviceId, title = ticketTitle, description = "HX-200 #17", priority = "high" });
        var ticketId = (await opened.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        await Expect(await api.RequestAsync(HttpMethod.Post, $"/api/assets/tickets/{ticketId}/comments", germanToken, new { text = "OK #42" }));
        var sessionTitle = $"V-{suffix}";
        var start = DateTimeOffset.UtcNow.AddDays(3);
        await Expect(await api.RequestAsync(HttpMethod.Post, "/api/assets/video-sessions", admin,
            new { ticketId, title = sessionTitle, scheduledAt = start, endsAt = start.AddMinutes(30), participantIds = Array.Empty<Guid>() }));
        var templateName = $"TPL-{suffix}";
        await Expect(await api.RequestAsync(HttpMethod.Post, "/api/assets/templates", admin,
            new { name = templateName, kind = "ticket", title = "HX-200", description = "HX-200 #1", priority = "normal" }));

        // An earlier import, so that the import pages list one (its file named in a code, its person without access: no mail).
        var importFile = $"P-{suffix}.csv";
        await api.ImportPeopleAsync(admin, customerId, importFile, $"First name,Last name,E-mail,Access\r\nX-{suffix},Y-{suffix},p.{suffix}@example.test,none\r\n");

        var providerId = (await api.MeAsync(admin)).GetProperty("organizationId").GetGuid();
        var staff = $"gerd.{Guid.NewGuid():N}@provider.example";
        await Expect(await api.RequestAsync(HttpMethod.Post, $"/api/identity/organizations/{providerId}/users", admin,
            new { firstName = "Gerd", lastName = "Meyer", email = staff, language = "de", role = "administrator", sendInvitation = true }));
        var invitation = await stack.Inbox.InvitationTokenForAsync(staff);
        using (var accepted = await stack.Gateway.PostAsJsonAsync("/api/identity/invitations/accept", new { token = invitation, password = PortalApi.UserPassword }))
        {
            await Expect(accepted);
        }

        var people = await api.GetAsync(admin, $"/api/identity/organizations/{customerId}/users");
        var oliverId = people.EnumerateArray().Single(u => u.GetProperty("email").GetString() == english).GetProperty("id").GetGuid();

        return new SeededWorld(german, english, staff,
            CustomerPages:
            [
                ("/dashboard", ""),
                ("/devices", deviceName),
                ($"/devices/{deviceId}", deviceName),
                ("/tickets", ticketTitle),
                ($"/tickets/{ticketId}", "OK #42"),
                ("/objects", objectName),
                ("/video-sessions", sessionTitle),
                ("/team", "Oliver"),
                ("/team/import", importFile),
                ($"/access/devices/{deviceId}", deviceName),
                ($"/access/people/{oliverId}", "Oliver"),
                ("/notifications", ""),
                ("/settings", "@"),
                ("/not-found", ""),
            ],
            StaffPages:
            [
                ("/backoffice/customers", customerName),
                ($"/backoffice/customers/{customerId}", customerName),
                ($"/backoffice/customers/{customerId}/people/import", customerName),
                ("/backoffice/departments", department),
                ("/backoffice/staff", staff),
                ("/backoffice/objects", objectName),
                ("/backoffice/templates", templateName),
                ($"/access/tickets/{ticketId}", ticketTitle),
                ($"/access/people/{oliverId}", customerName),
                ("/audit", ""),
                ("/notifications", ""),
                ("/settings", "@"),
                ("/not-found", ""),
            ]);
    }

    private static async Task Expect(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
