using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Contracts;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class AuditLogTests(WebStack stack)
{
    [Fact]
    public async Task StaffFindTheViewAsOfACustomerUserInTheAuditLogAndAnotherCustomerDoesNotSeeIt()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var viewedCustomer = await stack.Api.CreateCorporateCustomerAsync(admin, $"Audited {Guid.NewGuid().ToString("N")[..6]} AG");
        await stack.Api.AddActiveUserAsync(admin, viewedCustomer, stack.Inbox, "Ulla", language: "en");
        var otherCustomer = await stack.Api.CreateCorporateCustomerAsync(admin, $"Bystander {Guid.NewGuid().ToString("N")[..6]} AG");
        var otherAdministrator = await stack.Api.AddActiveUserAsync(admin, otherCustomer, stack.Inbox, "Bert", language: "en");
        await StartViewAsAsync(admin, await FirstUserIdAsync(admin, viewedCustomer));

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(StaffFindTheViewAsOfACustomerUserInTheAuditLogAndAnotherCustomerDoesNotSeeIt), async () =>
        {
            await SignIn.AsAsync(page, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
            await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Level = 1 })).ToBeVisibleAsync();

            // A bad filter is named beside its field, in identity's words.
            var filters = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }) });
            await filters.GetByLabel("User ID").FillAsync("not-an-id");
            await filters.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
            await Assertions.Expect(filters.GetByText("Give a user id (a GUID).")).ToBeVisibleAsync();

            await filters.GetByLabel("User ID").FillAsync("");
            await MudSelect.ChooseAsync(page, filters.GetByLabel("Action"), "View as started");
            await filters.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ulla Tester" });
            await Assertions.Expect(row).ToContainTextAsync("View as started");
            await Assertions.Expect(row).ToContainTextAsync("read-only");
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Invitation accepted" })).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(page, "backoffice-audit");
        });

        var other = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(other, nameof(StaffFindTheViewAsOfACustomerUserInTheAuditLogAndAnotherCustomerDoesNotSeeIt) + "-other", async () =>
        {
            // A customer administrator reads their own organization's log, and nothing of another customer.
            await SignIn.AsAsync(other, otherAdministrator, PortalApi.UserPassword);
            await other.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
            await Assertions.Expect(other.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bert Tester" }).First).ToBeVisibleAsync();
            await Assertions.Expect(other.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ulla Tester" })).ToHaveCountAsync(0);
            await Assertions.Expect(other.GetByRole(AriaRole.Row).Filter(new() { HasText = "View as started" })).ToHaveCountAsync(0);
        });
    }

    private async Task StartViewAsAsync(string token, Guid userId)
    {
        using var gateway = stack.App.CreateHttpClient(ResourceNames.Gateway);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/identity/users/{userId}/impersonation") { Content = JsonContent.Create(new { fullAccess = false }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await gateway.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"View as {userId} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
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
