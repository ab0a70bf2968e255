using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class TwoFactorTests(WebStack stack)
{
    [Fact]
    public async Task AUserEnrolsTwoFactorWithTheShownKeySeesTheirRecoveryCodesOnceAndTurnsItOffAgain()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"TwoFactor {Guid.NewGuid().ToString("N")[..6]}");
        var email = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Tom", language: "en");

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AUserEnrolsTwoFactorWithTheShownKeySeesTheirRecoveryCodesOnceAndTurnsItOffAgain), async () =>
        {
            await SignIn.AsAsync(page, email, PortalApi.UserPassword);
            await page.GotoAsync("/settings");
            var card = page.GetByRole(AriaRole.Region, new() { Name = "Two-factor sign-in" });
            await Assertions.Expect(card.GetByTestId("two-factor-status")).ToContainTextAsync("Two-factor sign-in is off.");

            await card.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor" }).ClickAsync();
            await Assertions.Expect(card.GetByRole(AriaRole.Img, new() { Name = "QR code for your authenticator app" })).ToBeVisibleAsync();
            var key = await card.GetByTestId("two-factor-key").InnerTextAsync();

            // A stale code (from an hour ago) is refused beside the field.
            await card.GetByLabel("Code from the app").FillAsync(Totp.CodeFor(key, DateTimeOffset.UtcNow.AddHours(-1)));
            await card.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor" }).ClickAsync();
            await Assertions.Expect(card.GetByText("The code does not match.")).ToBeVisibleAsync();

            await card.GetByLabel("Code from the app").FillAsync(Totp.CodeFor(key, DateTimeOffset.UtcNow));
            await card.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor" }).ClickAsync();
            var codes = card.GetByRole(AriaRole.List, new() { Name = "Recovery codes" }).GetByRole(AriaRole.Listitem);
            await Assertions.Expect(codes.First).ToBeVisibleAsync();
            var shown = await codes.AllInnerTextsAsync();
            Assert.True(shown.Count >= 5, $"Only {shown.Count} recovery codes shown.");
            Assert.Equal(shown.Count, shown.Distinct().Count());
            await Screenshots.SaveAsync(page, "portal-two-factor");

            // Shown once: after a reload the page says two-factor is on and how many codes are left, not the codes.
            await page.ReloadAsync();
            await Assertions.Expect(card.GetByTestId("two-factor-status")).ToContainTextAsync($"Two-factor sign-in is on. Recovery codes left: {shown.Count}.");
            await Assertions.Expect(card.GetByRole(AriaRole.List, new() { Name = "Recovery codes" })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText(shown[0])).ToHaveCountAsync(0);

            // Turning it off needs the password again and a code; a recovery code stands in for the app.
            await card.GetByLabel("Password", new() { Exact = true }).FillAsync("Not-The-Password-1");
            await card.GetByLabel("Code from the app").FillAsync(shown[0]);
            await card.GetByRole(AriaRole.Button, new() { Name = "Turn off two-factor" }).ClickAsync();
            await Assertions.Expect(card.GetByText("The password is not right.")).ToBeVisibleAsync();
            await Assertions.Expect(card.GetByTestId("two-factor-status")).ToContainTextAsync("Two-factor sign-in is on.");

            await card.GetByLabel("Password", new() { Exact = true }).FillAsync(PortalApi.UserPassword);
            await card.GetByLabel("Code from the app").FillAsync(shown[0]);
            await card.GetByRole(AriaRole.Button, new() { Name = "Turn off two-factor" }).ClickAsync();
            await Assertions.Expect(card.GetByTestId("two-factor-status")).ToContainTextAsync("Two-factor sign-in is off.");
            await page.ReloadAsync();
            await Assertions.Expect(card.GetByTestId("two-factor-status")).ToContainTextAsync("Two-factor sign-in is off.");
        });
    }
}
