using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class PasswordChangeTests(WebStack stack)
{
    [Fact]
    public async Task AWrongCurrentPasswordIsNamedBesideTheFieldAndTheRightOneChangesThePassword()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Password {Guid.NewGuid().ToString("N")[..6]}");
        var email = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Petra", language: "en");
        const string newPassword = "Purple-Giraffe-77-Lantern";

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AWrongCurrentPasswordIsNamedBesideTheFieldAndTheRightOneChangesThePassword), async () =>
        {
            await SignIn.AsAsync(page, email, PortalApi.UserPassword);
            await page.GotoAsync("/settings");
            var card = page.GetByRole(AriaRole.Region, new() { Name = "Password", Exact = true });
            await Assertions.Expect(card.GetByText("signs you out everywhere else")).ToBeVisibleAsync();

            await card.GetByLabel("Current password").FillAsync("Not-The-Password-1");
            await card.GetByLabel("New password").FillAsync(newPassword);
            await card.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
            // The reason sits beside the field it concerns, and nothing claims success.
            await Assertions.Expect(card.Locator(".mud-input-control").Filter(new() { HasText = "Current password" }))
                .ToContainTextAsync("The current password is not right.");
            await Assertions.Expect(card.GetByTestId("password-changed")).ToHaveCountAsync(0);

            await card.GetByLabel("Current password").FillAsync(PortalApi.UserPassword);
            await card.GetByLabel("New password").FillAsync(newPassword);
            await card.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
            await Assertions.Expect(card.GetByTestId("password-changed")).ToContainTextAsync("Your other sessions have ended.");
            await Assertions.Expect(card.GetByLabel("Current password")).ToHaveValueAsync("");
        });

        // The new password is the one that signs in from now on; the old one no longer does.
        await stack.Api.TokenAsync(email, newPassword);
        Assert.Null(await stack.Api.TryTokenAsync(email, PortalApi.UserPassword));
    }
}
