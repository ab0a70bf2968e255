using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;
using Portal.Testing;

namespace Identity.Api.Tests;

/// <summary>
/// The text boundary at identity: the API answers problem details naming the field, the OpenID endpoints
/// OAuth's <c>invalid_request</c>, the login page its own page; never a 500 (PostgreSQL cannot store a NUL).
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class ControlCharacterTests(IdentityFixture fixture)
{
    [Fact]
    public async Task AnInvitationWithANulInTheNameIsRefusedNamingTheField()
    {
        var customerId = await fixture.CreateCustomerAsync();

        using var response = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations",
            new { email = Actors.UniqueEmail(), firstName = "Ann\u0000", lastName = "Example", role = "member", language = "en" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("control character", problem.GetProperty("errors").GetProperty("firstName")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("username", "first.admin@provider.test\u0000")]
    [InlineData("password", "first-administrator-password\u0000")]
    [InlineData("client_id", "portal-cli\u0000")]
    public async Task TheTokenEndpointRefusesAControlCharacterAsAnInvalidRequest(string field, string value)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "portal-cli",
            ["username"] = IdentityFixture.AdminEmail,
            ["password"] = IdentityFixture.AdminPassword,
            ["scope"] = Tokens.Scope,
            [field] = value,
        };

        var result = await fixture.Identity.TokenAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("invalid_request", result.Error);
        Assert.Contains("control character", result.Body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAuthorizationEndpointRefusesAControlCharacter()
    {
        using var response = await fixture.Identity.GetAsync(new Uri("/connect/authorize?client_id=portal-web&response_type=code&scope=openid&state=%07", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_request", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLoginPageShowsItselfForAReturnUrlWithAControlCharacterAndRefusesSuchANameLikeAWrongOne()
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = fixture.Identity.BaseAddress };

        using var page = await browser.GetAsync(new Uri("/account/login?returnUrl=%2Fconnect%2Fauthorize%00%0D%0ASet-Cookie%3A%20x%3D1", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        using var login = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [LoginForm.AntiforgeryName(html)] = LoginForm.AntiforgeryValue(html),
            ["returnUrl"] = "/",
            ["username"] = IdentityFixture.AdminEmail + "\u0000",
            ["password"] = IdentityFixture.AdminPassword,
        }));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("name=\"returnUrl\" value=\"/\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.True("text/html" == login.Content.Headers.ContentType?.MediaType, await login.Content.ReadAsStringAsync());
        Assert.Contains("The account name or password is invalid.", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
