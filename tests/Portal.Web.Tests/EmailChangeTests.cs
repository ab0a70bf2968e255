using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class EmailChangeTests(WebStack stack)
{
    [Fact]
    public async Task AUserAsksForANewEmailAndSeesItPendingUntilTheyConfirmIt()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Email {Guid.NewGuid().ToString("N")[..6]}");
        var email = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Emil", language: "en");
        var newEmail = $"emil.new.{Guid.NewGuid():N}@customer.example";

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AUserAsksForANewEmailAndSeesItPendingUntilTheyConfirmIt), async () =>
        {
            await SignIn.AsAsync(page, email, PortalApi.UserPassword);
            await page.GotoAsync("/settings");
            var card = page.GetByRole(AriaRole.Region, new() { Name = "Sign-in e-mail" });
            await Assertions.Expect(card.GetByTestId("email")).ToHaveTextAsync(email);
            await Assertions.Expect(card.GetByTestId("pending-email")).ToHaveCountAsync(0);

            // Without the password nothing changes, and the field says why.
            await card.GetByLabel("New e-mail address").FillAsync(newEmail);
            await card.GetByRole(AriaRole.Button, new() { Name = "Change e-mail" }).ClickAsync();
            await Assertions.Expect(card.GetByText("Give your current password.")).ToBeVisibleAsync();

            await card.GetByLabel("New e-mail address").FillAsync(newEmail);
            await card.GetByLabel("Current password").FillAsync(PortalApi.UserPassword);
            await card.GetByRole(AriaRole.Button, new() { Name = "Change e-mail" }).ClickAsync();
            await Assertions.Expect(card.GetByTestId("pending-email")).ToContainTextAsync(newEmail);
            await Assertions.Expect(card.GetByTestId("pending-email")).ToContainTextAsync("open the link we sent to that mailbox");
            await Screenshots.SaveAsync(page, "portal-settings-security");

            // Until confirmed, the old address stays the sign-in e-mail, and the page still says what is pending.
            await page.ReloadAsync();
            await Assertions.Expect(card.GetByTestId("email")).ToHaveTextAsync(email);
            await Assertions.Expect(card.GetByTestId("pending-email")).ToContainTextAsync(newEmail);
        });
    }
}
