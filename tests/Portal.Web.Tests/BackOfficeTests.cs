using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class BackOfficeTests(WebStack stack)
{
    [Fact]
    public async Task AdministratorCreatesACorporateCustomerInvitesAUserInGermanThenEditsAndArchivesIt()
    {
        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AdministratorCreatesACorporateCustomerInvitesAUserInGermanThenEditsAndArchivesIt), async () =>
        {
            var customerName = $"Nordwind {Guid.NewGuid().ToString("N")[..6]} GmbH";
            var email = $"greta.{Guid.NewGuid():N}@nordwind.example";

            await SignIn.AsAsync(page, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Customers", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("user-name")).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Create customer" }).ClickAsync();
            var create = page.GetByRole(AriaRole.Dialog);
            await create.GetByLabel("Name").FillAsync(customerName);
            await create.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = customerName, Level = 1 })).ToBeVisibleAsync();
            await stack.Api.WaitUntilIdentityKnowsAsync(await stack.Api.AdministratorTokenAsync(), Guid.Parse(page.Url.Split('/')[^1]));
            await page.GetByRole(AriaRole.Tab, new() { Name = "Invitations" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "+ Add invitation" }).ClickAsync();

            var invite = page.GetByRole(AriaRole.Dialog);
            await invite.GetByLabel("First name").FillAsync("Greta");
            await invite.GetByLabel("Last name").FillAsync("Nord");
            await invite.GetByLabel("E-mail").FillAsync("not an address");
            await invite.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
            // The API's reason, next to the field it concerns.
            await Assertions.Expect(invite.GetByText("Give a valid e-mail address.")).ToBeVisibleAsync();

            await invite.GetByLabel("E-mail").FillAsync(email);
            await MudSelect.ChooseAsync(page, invite.GetByLabel("Language"), "German");
            await invite.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();

            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
            await Assertions.Expect(row).ToContainTextAsync("Pending");
            await Assertions.Expect(row).ToContainTextAsync("German");
            await Screenshots.SaveAsync(page, "backoffice-invitations");

            // The invitee gets the mail with the link to accept.
            Assert.NotEmpty(await stack.Inbox.InvitationTokenForAsync(email));

            await page.GotoAsync("/backoffice/customers");
            await page.GetByLabel("Search customers").FillAsync(customerName);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = customerName })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "backoffice-customers");

            // The Overview tab: rename, meet a slug clash and take the free slug offered.
            var (_, rivalSlug) = await stack.Api.CreateCorporateCustomerWithSlugAsync(await stack.Api.AdministratorTokenAsync(), $"Rival {Guid.NewGuid().ToString("N")[..6]}");
            var renamed = customerName.Replace("GmbH", "AG", StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Link, new() { Name = customerName }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true }).ClickAsync();
            var edit = page.GetByRole(AriaRole.Dialog);
            await edit.GetByLabel("Name").FillAsync(renamed);
            await edit.GetByLabel("Address (slug)").FillAsync(rivalSlug);
            await edit.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(edit.GetByText($"The slug '{rivalSlug}' is taken.")).ToBeVisibleAsync();
            await edit.GetByRole(AriaRole.Button, new() { Name = $"Use “{rivalSlug}-2”" }).ClickAsync();
            await Assertions.Expect(edit.GetByLabel("Address (slug)")).ToHaveValueAsync($"{rivalSlug}-2");
            await edit.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = renamed, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("customer-facts")).ToContainTextAsync($"{rivalSlug}-2");
            await Assertions.Expect(page.GetByTestId("customer-independent")).ToHaveTextAsync("No");

            // Independence, after a confirmation that says what it means.
            await page.GetByRole(AriaRole.Button, new() { Name = "Make independent" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("will administer its own users from now on");
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Make independent" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("customer-independent")).ToHaveTextAsync("Yes");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Manage again" })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "backoffice-customer-overview");

            // Archived: the page says so, nothing is offered to change, and the list no longer shows it.
            await page.GetByRole(AriaRole.Button, new() { Name = "Archive", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Archive", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("customer-archived")).ToContainTextAsync("This customer was archived on");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true })).ToHaveCountAsync(0);
            await page.GotoAsync("/backoffice/customers");
            await page.GetByLabel("Search customers").FillAsync(renamed);
            await Assertions.Expect(page.GetByText("No customers found.")).ToBeVisibleAsync();
        });
    }
}
