using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Contracts;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class ViewAsTests(WebStack stack)
{
    [Fact]
    public async Task StaffViewTheirCustomersPortalAsAUserReadOnlyAndEndTheViewBackInTheBackOffice()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Viewed {Guid.NewGuid().ToString("N")[..6]} AG");
        await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Vera", language: "en");

        var page = await stack.NewPageAsync();
        IPage? view = null;
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(StaffViewTheirCustomersPortalAsAUserReadOnlyAndEndTheViewBackInTheBackOffice), async () =>
        {
            await SignIn.AsAsync(page, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
            await page.GotoAsync($"/backoffice/customers/{customerId}");
            await page.GetByRole(AriaRole.Tab, new() { Name = "Users" }).ClickAsync();

            // The view opens in a new tab, as the customer user sees the portal.
            view = await page.Context.RunAndWaitForPageAsync(() =>
                page.GetByRole(AriaRole.Button, new() { Name = "View as Vera Tester (read-only)" }).ClickAsync());
            var banner = view.GetByTestId("view-as-banner");
            await Assertions.Expect(banner).ToContainTextAsync("Viewing as Vera Tester — read-only");
            await Assertions.Expect(view.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(view.GetByTestId("user-name")).ToHaveTextAsync("Vera Tester");
            await Screenshots.SaveAsync(view, "backoffice-view-as");

            // A write is refused by the services, and the page says why.
            await view.GetByRole(AriaRole.Link, new() { Name = "Tickets" }).ClickAsync();
            await view.GetByRole(AriaRole.Button, new() { Name = "Open ticket" }).ClickAsync();
            var dialog = view.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("Subject").FillAsync("Written while viewing as");
            await dialog.GetByLabel("Description").FillAsync("Must not be saved.");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Open ticket" }).ClickAsync();
            await Assertions.Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("This impersonation may look, not change anything");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await Assertions.Expect(dialog).ToHaveCountAsync(0);

            await banner.GetByRole(AriaRole.Button, new() { Name = "End" }).ClickAsync();
            await Assertions.Expect(view.GetByRole(AriaRole.Heading, new() { Name = "Customers", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(view.GetByTestId("view-as-banner")).ToHaveCountAsync(0);
            await Assertions.Expect(view.GetByTestId("user-name")).Not.ToHaveTextAsync("Vera Tester");
        });
    }

    [Fact]
    public async Task StaffWithFullAccessMayChangeThingsAsTheUserAndTheBannerSaysSo()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Helped {Guid.NewGuid().ToString("N")[..6]} AG");
        await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Hanna", language: "en");
        await stack.Api.CreateDeviceAsync(admin, customerId, "Lobby", "Boiler 7");

        var webClock = new TestClock(stack.App.CreateHttpClient(ResourceNames.Web));
        var page = await stack.NewPageAsync();
        try
        {
            await FailureArtifacts.KeepOnFailureAsync(page, nameof(StaffWithFullAccessMayChangeThingsAsTheUserAndTheBannerSaysSo), async () =>
            {
                await SignIn.AsAsync(page, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
                await page.GotoAsync($"/backoffice/customers/{customerId}");
                await page.GetByRole(AriaRole.Tab, new() { Name = "Users" }).ClickAsync();

                // The web app's clock stands still from here, so the view's hour can be walked to its last second.
                await webClock.FreezeAsync();
                var view = await page.Context.RunAndWaitForPageAsync(() =>
                    page.GetByRole(AriaRole.Button, new() { Name = "View as Hanna Tester with full access" }).ClickAsync());
                await Assertions.Expect(view.GetByTestId("view-as-banner")).ToContainTextAsync("Viewing as Hanna Tester — full access");

                await view.GetByRole(AriaRole.Link, new() { Name = "Tickets" }).ClickAsync();
                await view.GetByRole(AriaRole.Button, new() { Name = "Open ticket" }).ClickAsync();
                var dialog = view.GetByRole(AriaRole.Dialog);
                await MudSelect.ChooseAsync(view, dialog.GetByLabel("Device"), "Boiler 7");
                await dialog.GetByLabel("Subject").FillAsync("Opened for Hanna while viewing as her");
                await dialog.GetByLabel("Description").FillAsync("The boiler is loud.");
                await dialog.GetByRole(AriaRole.Button, new() { Name = "Open ticket" }).ClickAsync();
                await Assertions.Expect(dialog).ToHaveCountAsync(0);
                await Assertions.Expect(view.GetByText("Opened for Hanna while viewing as her").First).ToBeVisibleAsync();

                // The view lasts an hour at most: one second before, it is still Hanna's portal; then the
                // browser is the staff member's own again, without anyone ending it.
                await webClock.AdvanceAsync(TimeSpan.FromMinutes(60) - TimeSpan.FromSeconds(1));
                await view.ReloadAsync();
                await Assertions.Expect(view.GetByTestId("view-as-banner")).ToContainTextAsync("Viewing as Hanna Tester — full access");
                await webClock.AdvanceAsync(TimeSpan.FromSeconds(1));
                await view.ReloadAsync();
                await Assertions.Expect(view.GetByTestId("user-name")).ToBeVisibleAsync();
                await Assertions.Expect(view.GetByTestId("view-as-banner")).ToHaveCountAsync(0);
                await Assertions.Expect(view.GetByTestId("user-name")).Not.ToHaveTextAsync("Hanna Tester");
            });
        }
        finally
        {
            await webClock.ResetAsync();
        }
    }

    [Fact]
    public async Task AUserWithoutThePermissionWhoPostsTheFormAnywayIsRefusedInWordsAndStaysThemselves()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var ownCustomer = await stack.Api.CreateCorporateCustomerAsync(admin, $"Own {Guid.NewGuid().ToString("N")[..6]} AG");
        var customerAdministrator = await stack.Api.AddActiveUserAsync(admin, ownCustomer, stack.Inbox, "Cora", language: "en");
        var otherCustomer = await stack.Api.CreateCorporateCustomerAsync(admin, $"Other {Guid.NewGuid().ToString("N")[..6]} AG");
        await stack.Api.AddActiveUserAsync(admin, otherCustomer, stack.Inbox, "Otto", language: "en");
        var otherUserId = await FirstUserIdAsync(admin, otherCustomer);

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AUserWithoutThePermissionWhoPostsTheFormAnywayIsRefusedInWordsAndStaysThemselves), async () =>
        {
            await SignIn.AsAsync(page, customerAdministrator, PortalApi.UserPassword);
            await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Cora Tester");

            // The form the back office would show, built by hand with this session's antiforgery token.
            await page.EvaluateAsync("""
                userId => {
                    const token = document.querySelector('form[action="/signout"] input[name="__RequestVerificationToken"]').value;
                    const form = document.createElement('form');
                    form.method = 'post';
                    form.action = '/view-as/start';
                    for (const [name, value] of [['userId', userId], ['__RequestVerificationToken', token]]) {
                        const input = document.createElement('input');
                        input.type = 'hidden';
                        input.name = name;
                        input.value = value;
                        form.appendChild(input);
                    }
                    document.body.appendChild(form);
                    form.submit();
                }
                """, otherUserId.ToString());

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The view could not start", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("You may not view the portal as this user");
            await Assertions.Expect(page.GetByTestId("view-as-banner")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Cora Tester");
        });
    }

    private async Task<Guid> FirstUserIdAsync(string token, Guid organizationId)
    {
        using var gateway = stack.App.CreateHttpClient(ResourceNames.Gateway);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/identity/organizations/{organizationId}/users");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await gateway.SendAsync(request);
        var users = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"No users of {organizationId}: {users}");
        return users.EnumerateArray().First().GetProperty("id").GetGuid();
    }
}
