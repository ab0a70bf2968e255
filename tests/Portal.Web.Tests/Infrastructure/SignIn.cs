using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.Web.Tests.Infrastructure;

public static partial class SignIn
{
    /// <summary>Signs in as a user would: the portal's sign-in button, then identity's login form.</summary>
    public static Task AsAsync(IPage page, string username, string password) =>
        FromAsync(page, "/", username, password);

    /// <summary>
    /// Signs in from the page at <paramref name="address"/> (a path on the public address, or any other address
    /// the portal answers on) with its sign-in button, named <paramref name="signInLabel"/> in the page's language.
    /// </summary>
    public static async Task FromAsync(IPage page, string address, string username, string password, string signInLabel = "Sign in")
    {
        await page.GotoAsync(address);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = signInLabel }).ClickAsync();
        // Polled, not awaited as a navigation event: /signin answers with redirects (the web app's challenge,
        // identity's authorize endpoint) before the login page, and only the last of them is the page to wait for.
        await Assertions.Expect(page).ToHaveURLAsync(LoginPage());
        // The form and identity's antiforgery cookie must come from the same, finished page load.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("input[name=username]").FillAsync(username);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(LoginOrCallback());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginPage();

    [GeneratedRegex("/account/login|/signin-oidc|/connect/authorize")]
    private static partial Regex LoginOrCallback();
}
