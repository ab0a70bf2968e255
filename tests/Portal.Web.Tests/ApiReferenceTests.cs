using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// The API reference page at the gateway, as an integrator uses it: open it, sign in with the portal's own
/// OpenID provider (authorization code with PKCE, in the page's pop-up), and send a real request.
/// </summary>
[Collection(WebStackCollection.Name)]
public sealed class ApiReferenceTests(WebStack stack)
{
    [Fact]
    public async Task AnIntegratorSignsInOnTheReferencePageAndCallsWhoAmI()
    {
        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AnIntegratorSignsInOnTheReferencePageAndCallsWhoAmI), async () =>
        {
            await page.GotoAsync("/api/reference");
            // The page renders after it has read all four documents, which takes a while on a busy machine.
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Portal identity API" })).ToBeVisibleAsync(new() { Timeout = 30_000 });

            // The document names only the discovery URL; the page reads the endpoints from it, with our client prefilled.
            await page.GetByRole(AriaRole.Button, new() { Name = "Fetch Configuration" }).First.ClickAsync();
            // Authorize before the discovery document has arrived would open a pop-up without an address.
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reset discovery" }).First).ToBeVisibleAsync();
            var signIn = await page.RunAndWaitForPopupAsync(() =>
                page.GetByRole(AriaRole.Button, new() { Name = "Authorize", Exact = true }).First.ClickAsync());
            await signIn.Locator("input[name=username]").FillAsync(DevelopmentAccounts.AdminEmail);
            await signIn.Locator("input[name=password]").FillAsync(DevelopmentAccounts.AdminPassword);
            await signIn.Locator("button[type=submit]").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Clear tokens" }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });

            await page.GetByRole(AriaRole.Button, new() { Name = "Open Group - Me" }).First.ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Test Request (get /api/identity/me)" }).ClickAsync();
            var request = page.GetByRole(AriaRole.Dialog);
            var answer = await page.RunAndWaitForResponseAsync(
                () => request.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = false }).First.ClickAsync(),
                response => response.Url.EndsWith("/api/identity/me", StringComparison.Ordinal));

            Assert.Equal(200, answer.Status);
            Assert.StartsWith("Bearer ", (await answer.Request.AllHeadersAsync())["authorization"], StringComparison.Ordinal);
            await Assertions.Expect(request.GetByText("200 OK")).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await Assertions.Expect(request.GetByText($"\"{DevelopmentAccounts.AdminEmail}\"").First).ToBeVisibleAsync();
        });
    }
}
