using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class CustomerPortalTests(WebStack stack)
{
    [Fact]
    public async Task InvitedUserLandsOnAGermanDashboardSeesTheirDevicesAndOpensATicket()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Heizwerk {Guid.NewGuid().ToString("N")[..6]} AG");
        var deviceName = $"Heizkessel {Guid.NewGuid().ToString("N")[..4]}";
        await stack.Api.CreateDeviceAsync(admin, customerId, "Werk Nord", deviceName);
        var email = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Jana", language: "de");

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(InvitedUserLandsOnAGermanDashboardSeesTheirDevicesAndOpensATicket), async () =>
        {
            await SignIn.AsAsync(page, email, PortalApi.UserPassword);

            // German from the user's own language, although the browser asks for English.
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Übersicht", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
            await Assertions.Expect(page.GetByText("Offene Servicefälle")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "portal-dashboard");

            await page.GetByRole(AriaRole.Link, new() { Name = "Geräte" }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geräte", Level = 1 })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = deviceName }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = deviceName, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("QR-Code") })).ToBeVisibleAsync();
            var code = await page.GetByTestId("device-code").InnerTextAsync();
            await Screenshots.SaveAsync(page, "portal-device");

            // The code box opens the device by its code, as the QR code on the device would.
            await page.GotoAsync("/tickets");
            await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Textbox).FillAsync(code);
            await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Textbox).PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = deviceName, Level = 1 })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Servicefall eröffnen" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("Betreff").FillAsync("Brenner startet nicht");
            await dialog.GetByLabel("Beschreibung").FillAsync("Seit heute Morgen kein Warmwasser.");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Servicefall eröffnen" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Brenner startet nicht", Level = 1 })).ToBeVisibleAsync();
            await page.GetByLabel("Ihr Kommentar").FillAsync("Techniker bitte vor 10 Uhr.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Kommentar hinzufügen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Kommentare" })).ToContainTextAsync("Techniker bitte vor 10 Uhr.");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Kommentar hinzufügen" })).ToBeEnabledAsync();
            await Screenshots.SaveAsync(page, "portal-ticket");

            await page.GetByRole(AriaRole.Link, new() { Name = "Servicefälle" }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Brenner startet nicht" })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task AUserOfAnotherCustomerDoesNotSeeTheTicketOrTheDevice()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var ownerCustomer = await stack.Api.CreateCorporateCustomerAsync(admin, $"Owner {Guid.NewGuid().ToString("N")[..6]}");
        var deviceId = await stack.Api.CreateDeviceAsync(admin, ownerCustomer, "Site A", "Pump A");
        var owner = await stack.Api.AddActiveUserAsync(admin, ownerCustomer, stack.Inbox, "Olga", language: "en");
        var ticketTitle = $"Leak {Guid.NewGuid().ToString("N")[..6]}";
        var ticketId = await stack.Api.OpenTicketAsync(await stack.Api.TokenAsync(owner, PortalApi.UserPassword), deviceId, ticketTitle);

        var otherCustomer = await stack.Api.CreateCorporateCustomerAsync(admin, $"Other {Guid.NewGuid().ToString("N")[..6]}");
        var other = await stack.Api.AddActiveUserAsync(admin, otherCustomer, stack.Inbox, "Theo", language: "en");

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AUserOfAnotherCustomerDoesNotSeeTheTicketOrTheDevice), async () =>
        {
            await SignIn.AsAsync(page, other, PortalApi.UserPassword);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();

            await page.GotoAsync("/tickets");
            await Assertions.Expect(page.GetByText("No tickets found.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(ticketTitle)).ToHaveCountAsync(0);

            await page.GotoAsync($"/tickets/{ticketId}");
            await Assertions.Expect(page.GetByTestId("problem")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(ticketTitle)).ToHaveCountAsync(0);

            await page.GotoAsync($"/devices/{deviceId}");
            await Assertions.Expect(page.GetByTestId("problem")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Pump A")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task AUserReadsTheirNotificationsSwitchesToGermanAndSignsOut()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Switch {Guid.NewGuid().ToString("N")[..6]}");
        var email = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Emma", language: "en");

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AUserReadsTheirNotificationsSwitchesToGermanAndSignsOut), async () =>
        {
            await SignIn.AsAsync(page, email, PortalApi.UserPassword);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();

            // The invitation is the first in-app notification; marking it read clears the bell's count.
            await Assertions.Expect(page.GetByTestId("notification-bell")).ToHaveAttributeAsync("aria-label", "Notifications, 1 unread");
            await page.GetByTestId("notification-bell").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Notifications", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Notifications" })).ToContainTextAsync("unread");
            await page.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("notification-bell")).ToHaveAttributeAsync("aria-label", "Notifications, 0 unread");
            await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Notifications" })).Not.ToContainTextAsync("unread");
            await page.GotoAsync("/dashboard");

            // The language switch in the app bar, remembered across pages.
            await page.GetByTestId("culture-switch").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Übersicht", Level = 1 })).ToBeVisibleAsync();
            await page.GotoAsync("/tickets");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Servicefälle", Level = 1 })).ToBeVisibleAsync();

            // Signing out ends the session here and at identity: the portal asks to sign in again.
            await page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("^[^?#]+://[^/]+/$"));
            await page.GotoAsync("/tickets");
            await Assertions.Expect(page.Locator("input[name=username]")).ToBeVisibleAsync();
        });
    }
}
