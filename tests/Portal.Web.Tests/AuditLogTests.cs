using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
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
            await filters.GetByLabel("Person (name or e-mail)").FillAsync(new string('x', 300));
            await filters.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
            await Assertions.Expect(filters.GetByText("At most 256 characters.")).ToBeVisibleAsync();

            await filters.GetByLabel("Person (name or e-mail)").FillAsync("");
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

    [Fact]
    public async Task ACustomerAdministratorFiltersByCategoryAndDownloadsTheFileInTheirLanguage()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Audit export {Guid.NewGuid().ToString("N")[..6]} AG");
        var customerAdministrator = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Clara", language: "en");
        await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Moritz", language: "en", role: "member");
        var customerToken = await stack.Api.TokenAsync(customerAdministrator, PortalApi.UserPassword);
        var moritz = (await stack.Api.GetAsync(customerToken, $"/api/identity/organizations/{customerId}/users")).EnumerateArray()
            .Single(u => u.GetProperty("firstName").GetString() == "Moritz").GetProperty("id").GetGuid();
        using (var promoted = await stack.Api.RequestAsync(HttpMethod.Patch, $"/api/identity/users/{moritz}", customerToken, new { role = "moderator" }))
        {
            Assert.True(promoted.IsSuccessStatusCode, await promoted.Content.ReadAsStringAsync());
        }

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(ACustomerAdministratorFiltersByCategoryAndDownloadsTheFileInTheirLanguage), async () =>
        {
            await SignIn.AsAsync(page, customerAdministrator, PortalApi.UserPassword);
            // The menu offers the log to a customer's administrator; opened by its address, as a click on the menu
            // while the dashboard's circuit is still starting can be undone by it.
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToHaveAttributeAsync("href", "/audit");
            await page.GotoAsync("/audit");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Level = 1 })).ToBeVisibleAsync();
            await FilterByCategoryAsync(page, "Category", "Roles and access", "Apply filters");
            // The table reloads after the click: the invitations go, the role change stays.
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Invitation sent" })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Moritz Tester" })).ToContainTextAsync("Role changed");
            await Screenshots.SaveAsync(page, "audit-log-en");

            var english = await DownloadAsync(page, "Export CSV");
            Assert.Matches(@"^audit-\d{4}-\d{2}-\d{2}\.csv$", english.Name);
            Assert.StartsWith("Time (UTC),Category,Action,By,Concerning,Viewed as by,IP address,Details", english.Text);
            Assert.Contains(",Roles and access,Role changed,Clara Tester,Moritz Tester,", english.Text);
            Assert.DoesNotContain("Invitation sent", english.Text);

            // The switch changes this administrator's own language: the page and the file follow it.
            await page.GetByTestId("culture-switch").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Protokoll", Level = 1 })).ToBeVisibleAsync();
            await FilterByCategoryAsync(page, "Kategorie", "Rollen und Zugriffe", "Filter anwenden");
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Einladung verschickt" })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Moritz Tester" })).ToContainTextAsync("Rolle geändert");
            await Screenshots.SaveAsync(page, "audit-log-de");

            var german = await DownloadAsync(page, "Als CSV exportieren");
            Assert.StartsWith("Zeitpunkt (UTC);Kategorie;Aktion;Von;Betrifft;Angesehen von;IP-Adresse;Details", german.Text);
            Assert.Contains(";Rollen und Zugriffe;Rolle geändert;Clara Tester;Moritz Tester;", german.Text);
        });
    }

    private static async Task FilterByCategoryAsync(IPage page, string label, string category, string apply)
    {
        var filters = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = apply }) });
        await MudSelect.ChooseAsync(page, filters.GetByLabel(label), category);
        await filters.GetByRole(AriaRole.Button, new() { Name = apply }).ClickAsync();
    }

    /// <summary>Follows the export link as the browser does, and reads the file it saved (without its byte order mark).</summary>
    private static async Task<(string Name, string Text)> DownloadAsync(IPage page, string linkName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = linkName }).ClickAsync());
        Assert.Null(await download.FailureAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return (download.SuggestedFilename, Encoding.UTF8.GetString(bytes[3..]));
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
