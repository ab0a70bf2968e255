using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class BackOfficeTests(WebStack stack)
{
    [Fact]
    public async Task AdministratorCreatesACorporateCustomerAndInvitesAUserInGerman()
    {
        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AdministratorCreatesACorporateCustomerAndInvitesAUserInGerman), async () =>
        {
            var customerName = $"Nordwind {Guid.NewGuid().ToString("N")[..6]} GmbH";
            var email = $"greta.{Guid.NewGuid():N}@nordwind.example";

            await SignIn.AsAsync(page, PortalApplication.DevelopmentAdminEmail, PortalApplication.DevelopmentAdminPassword);
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
        });
    }
}
