using Microsoft.Playwright;

namespace Portal.Web.Tests.Infrastructure;

public static class SignIn
{
    /// <summary>Signs in as a user would: the portal's sign-in button, then identity's login form.</summary>
    public static async Task AsAsync(IPage page, string username, string password)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        // The form and identity's antiforgery cookie must come from the same, finished page load.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("input[name=username]").FillAsync(username);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal) && !url.Contains("/signin-oidc", StringComparison.Ordinal));
    }
}
