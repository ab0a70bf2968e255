using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Testing;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// "Who can see this, and why" in the browser: a customer's administrator (German) opens it from a device and
/// finds herself with her chain of grants, and her colleague whose portal areas leave devices out with the reason;
/// from there what that colleague can see. Provider staff (English) open the same for the device and the person.
/// </summary>
[Collection(WebStackCollection.Name)]
public sealed class WhoCanSeeTests(WebStack stack)
{
    [Fact]
    public async Task TheCustomerAndStaffSeeWhoCanSeeADeviceAndWhy()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Explained {Guid.NewGuid().ToString("N")[..6]} GmbH");
        var deviceId = await stack.Api.CreateDeviceAsync(admin, customerId, "Werk Nord", "Kühlturm");
        var administrator = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Greta", language: "de");
        var member = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Max", language: "en", role: "member");
        await stack.Api.LimitPortalAreasAsync(admin, customerId, member, "tickets");
        // Assets learns of both people and of the narrowed areas through identity's events.
        await Eventually.ReturnsAsync(
            () => stack.Api.GetAsync(admin, $"/api/assets/devices/{deviceId}/access"),
            access => access.GetProperty("others").EnumerateArray().Any(o => o.GetProperty("reason").GetString() == "portal_area_closed")
                && access.GetProperty("people").EnumerateArray().Any(p => p.GetProperty("person").GetProperty("email").GetString() == administrator),
            because: "assets to know the customer's people and their areas");

        var customer = await stack.NewPageAsync("de-DE");
        await FailureArtifacts.KeepOnFailureAsync(customer, nameof(TheCustomerAndStaffSeeWhoCanSeeADeviceAndWhy) + "-customer", async () =>
        {
            await SignIn.FromAsync(customer, "/", administrator, PortalApi.UserPassword, "Anmelden");
            await customer.GotoAsync($"/devices/{deviceId}");
            await customer.GetByRole(AriaRole.Link, new() { Name = "Wer kann das sehen?" }).ClickAsync();
            await Assertions.Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Wer „Kühlturm“ sehen kann", Level = 1 })).ToBeVisibleAsync();
            var greta = customer.GetByTestId("who-can-see").GetByRole(AriaRole.Row).Filter(new() { HasText = "Greta Tester" });
            await Assertions.Expect(greta).ToContainTextAsync("Administrator");
            await Assertions.Expect(greta).ToContainTextAsync("Portalbereich: Geräte");
            await Assertions.Expect(greta).ToContainTextAsync("Alle Objekte");
            var max = customer.GetByTestId("who-cannot-see").GetByRole(AriaRole.Row).Filter(new() { HasText = "Max Tester" });
            await Assertions.Expect(max).ToContainTextAsync("Der Portalbereich Geräte ist für diese Person nicht freigegeben.");
            await Assertions.Expect(customer.GetByTestId("who-cannot-see")).Not.ToContainTextAsync("Mitarbeiter des Dienstleisters");
            await Screenshots.SaveAsync(customer, "who-can-see-de");

            await max.GetByRole(AriaRole.Link, new() { Name = "Max Tester" }).ClickAsync();
            await Assertions.Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Was Max Tester sehen kann", Level = 1 })).ToBeVisibleAsync();
            var areas = customer.GetByTestId("person-areas");
            await Assertions.Expect(areas.GetByRole(AriaRole.Row).Filter(new() { HasText = "Geräte" })).ToContainTextAsync("Nein");
            await Assertions.Expect(areas.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tickets" })).ToContainTextAsync("Ja");
            await Assertions.Expect(customer.GetByTestId("person-objects")).ToContainTextAsync("Alle Objekte dieser Kunden.");
            await Screenshots.SaveAsync(customer, "person-access-de");
        });

        var staff = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(staff, nameof(TheCustomerAndStaffSeeWhoCanSeeADeviceAndWhy), async () =>
        {
            await SignIn.AsAsync(staff, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
            await staff.GotoAsync($"/access/devices/{deviceId}");
            await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Who can see “Kühlturm”", Level = 1 })).ToBeVisibleAsync();
            var seeing = staff.GetByTestId("who-can-see");
            await Assertions.Expect(seeing.GetByRole(AriaRole.Row).Filter(new() { HasText = "Provider staff" }).First).ToContainTextAsync("All customers");
            await Assertions.Expect(seeing.GetByRole(AriaRole.Row).Filter(new() { HasText = "Greta Tester" })).ToContainTextAsync("Portal area: Devices");
            await Assertions.Expect(staff.GetByTestId("who-cannot-see").GetByRole(AriaRole.Row).Filter(new() { HasText = "Max Tester" }))
                .ToContainTextAsync("The portal area Devices is not open to this person.");
            await Screenshots.SaveAsync(staff, "who-can-see-en");

            await seeing.GetByRole(AriaRole.Link, new() { Name = "Greta Tester" }).ClickAsync();
            await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "What Greta Tester can see", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(staff.GetByTestId("person-areas").GetByRole(AriaRole.Row).Filter(new() { HasText = "Devices" })).ToContainTextAsync("Yes");
            await Assertions.Expect(staff.GetByTestId("person-customers")).ToContainTextAsync("Explained");
            await Screenshots.SaveAsync(staff, "person-access-en");
        });
    }
}
