using System.Net;
using Portal.Stack.Tests.Infrastructure;

namespace Portal.Stack.Tests;

/// <summary>
/// Links in account e-mails open the web app's pages under <c>/account/</c>, while identity keeps its
/// own sign-in page there: the gateway has to split that one path prefix between the two.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class AccountPageRoutingTests(StackFixture stack)
{
    // Only a Blazor page of the web app loads this script; identity's pages are plain HTML.
    private const string WebAppMarker = "_framework/blazor.web.js";

    [Theory]
    [InlineData("/account/accept-invitation?token=unused")]
    [InlineData("/account/set-password?token=unused")]
    [InlineData("/account/forgot-password")]
    [InlineData("/account/reset-password?token=unused")]
    [InlineData("/account/confirm-email?token=unused")]
    [InlineData("/account/report-email-change?token=unused")]
    public async Task AccountLinksFromEMailsOpenTheWebApp(string path)
    {
        using var response = await stack.Gateway.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebAppMarker, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSignInPageStaysWithIdentity()
    {
        using var response = await stack.Gateway.GetAsync("/account/login");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("action=\"/account/login\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(WebAppMarker, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherAccountPathsStillReachIdentityAndNotTheWebApp()
    {
        using var response = await stack.Gateway.GetAsync("/account/accept-invitation-not-a-page");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(WebAppMarker, body, StringComparison.Ordinal);
    }
}
