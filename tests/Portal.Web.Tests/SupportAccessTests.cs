using System.Net;
using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// Support access in the browser: staff ask an independent customer, its administrator (who reads the portal in
/// German) approves, staff view the portal as that administrator within the window, and the customer ends it.
/// </summary>
[Collection(WebStackCollection.Name)]
public sealed class SupportAccessTests(WebStack stack)
{
    [Fact]
    public async Task StaffAskTheCustomerApprovesStaffViewItsPortalAndTheCustomerEndsIt()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Careful {Guid.NewGuid().ToString("N")[..6]} GmbH");
        var customerAdministrator = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Greta", language: "de");
        using (var independence = await stack.Api.RequestAsync(HttpMethod.Post, $"/api/tenants/customers/{customerId}/independence", admin))
        {
            Assert.Equal(HttpStatusCode.OK, independence.StatusCode);
        }

        var staff = await stack.NewPageAsync();
        var customer = await stack.NewPageAsync("de-DE");
        try
        {
            await AskApproveViewAndEndAsync(staff, customer, customerId, customerAdministrator);
        }
        finally
        {
            // The language switch below is the development administrator's account language, which every other test
            // signs in with: it goes back to English whatever happened.
            using var english = await stack.Api.RequestAsync(HttpMethod.Patch, "/api/identity/me", admin, new { language = "en" });
            Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        }
    }

    private async Task AskApproveViewAndEndAsync(IPage staff, IPage customer, Guid customerId, string customerAdministrator)
    {
        await FailureArtifacts.KeepOnFailureAsync(staff, nameof(StaffAskTheCustomerApprovesStaffViewItsPortalAndTheCustomerEndsIt), async () =>
        {
            await SignIn.AsAsync(staff, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
            await staff.GotoAsync($"/backoffice/customers/{customerId}");
            await staff.GetByRole(AriaRole.Tab, new() { Name = "Support access" }).ClickAsync();
            var dialog = staff.GetByRole(AriaRole.Dialog);
            await staff.GetByRole(AriaRole.Button, new() { Name = "Request support access" }).ClickAsync();
            await dialog.GetByLabel("Reason").FillAsync("Ticket 4711: the dashboard shows no devices");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Request support access" }).ClickAsync();
            await Assertions.Expect(dialog).ToHaveCountAsync(0);
            var row = staff.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ticket 4711" });
            await Assertions.Expect(row).ToContainTextAsync("Waiting for an answer");
            // One open request at a time: the button gives way to a sentence until it is withdrawn or over.
            await Assertions.Expect(staff.GetByTestId("support-access-already-asked")).ToBeVisibleAsync();
            await Assertions.Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Request support access" })).ToHaveCountAsync(0);
            await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { NameRegex = new("^View as") })).ToHaveCountAsync(0);

            await FailureArtifacts.KeepOnFailureAsync(customer, nameof(StaffAskTheCustomerApprovesStaffViewItsPortalAndTheCustomerEndsIt) + "-customer", async () =>
            {
                await SignIn.FromAsync(customer, "/", customerAdministrator, PortalApi.UserPassword, "Anmelden");
                await customer.GetByRole(AriaRole.Link, new() { Name = "Supportzugriff" }).ClickAsync();
                await Assertions.Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Supportzugriff", Level = 1 })).ToBeVisibleAsync();
                var request = customer.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ticket 4711" });
                await Assertions.Expect(request).ToContainTextAsync("Wartet auf Antwort");
                await Assertions.Expect(request).ToContainTextAsync("nur lesen, 1 Stunde");
                await Screenshots.SaveAsync(customer, "support-access-de");
                await request.GetByRole(AriaRole.Button, new() { Name = "Genehmigen" }).ClickAsync();
                await customer.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Genehmigen" }).ClickAsync();
                await Assertions.Expect(request).ToContainTextAsync("Genehmigt bis");
            });

            // Within the window staff view the portal as the administrator who approved it.
            await staff.ReloadAsync();
            await staff.GetByRole(AriaRole.Tab, new() { Name = "Support access" }).ClickAsync();
            await Assertions.Expect(row).ToContainTextAsync("Approved until");
            await Screenshots.SaveAsync(staff, "backoffice-support-access");
            var view = await staff.Context.RunAndWaitForPageAsync(() =>
                row.GetByRole(AriaRole.Button, new() { Name = "View as Greta Tester" }).ClickAsync());
            await Assertions.Expect(view.GetByTestId("view-as-banner")).ToContainTextAsync("Greta Tester");

            // The customer ends it: what the view asks next is refused.
            await customer.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ticket 4711" })
                .GetByRole(AriaRole.Button, new() { NameRegex = new("^Zugriff von .* beenden$") }).ClickAsync();
            await customer.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Zugriff beenden" }).ClickAsync();
            await Assertions.Expect(customer.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ticket 4711" })).ToContainTextAsync("Beendet");

            // The view shares the staff member's browser session: "End" gives it back to the back office.
            await view.GetByTestId("view-as-banner").GetByRole(AriaRole.Button, new() { Name = "End" }).ClickAsync();
            await Assertions.Expect(view.GetByRole(AriaRole.Heading, new() { Name = "Customers", Level = 1 })).ToBeVisibleAsync();

            // Both pages in the other language too.
            await customer.GetByTestId("culture-switch").ClickAsync();
            await Assertions.Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Support access", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(customer.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ticket 4711" })).ToContainTextAsync("Ended");
            await Screenshots.SaveAsync(customer, "support-access-en");
            await staff.ReloadAsync();
            await staff.GetByTestId("culture-switch").ClickAsync();
            await staff.GetByRole(AriaRole.Tab, new() { Name = "Supportzugriff" }).ClickAsync();
            await Assertions.Expect(staff.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ticket 4711" })).ToContainTextAsync("Beendet");
            await Assertions.Expect(staff.GetByTestId("support-access-policy")).ToContainTextAsync("entscheidet immer");
            await Assertions.Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Supportzugriff anfragen" })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(staff, "backoffice-support-access-de");
        });
    }
}
