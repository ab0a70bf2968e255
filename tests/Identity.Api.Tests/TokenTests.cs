using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

[Collection(IdentityCollection.Name)]
public sealed class TokenTests(IdentityFixture fixture)
{
    private HttpClient Identity => fixture.Identity;

    [Fact]
    public async Task TheBootstrappedAdministratorGetsASignedTokenForThePortalApi()
    {
        var result = await Identity.PasswordAsync(IdentityFixture.AdminEmail, IdentityFixture.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.InRange(result.Body.GetProperty("expires_in").GetInt32(), 60, 15 * 60);
        Assert.False(string.IsNullOrEmpty(result.RefreshToken));
        Assert.Equal("RS256", Tokens.Header(result.AccessToken).GetProperty("alg").GetString());

        var claims = result.Claims;
        Assert.Equal(IdentityFixture.PublicUrl + "/", claims.GetProperty("iss").GetString());
        Assert.Equal("portal-api", AsList(claims.GetProperty("aud")).Single());
        Assert.Equal(IdentityFixture.ProviderId.ToString(), claims.GetProperty("org_id").GetString());
        Assert.Equal("provider", claims.GetProperty("org_kind").GetString());
        Assert.Equal("administrator", claims.GetProperty("role").GetString());
        Assert.Equal("en", claims.GetProperty("locale").GetString());
        Assert.Equal(IdentityFixture.AdminEmail, claims.GetProperty("email").GetString());
        Assert.Contains("roles.manage", AsList(claims.GetProperty("permissions")));
        Assert.True(Guid.TryParse(claims.GetProperty("sub").GetString(), out _));
    }

    [Fact]
    public async Task AnotherServiceAcceptsTheTokenThroughItsSharedJwtValidation()
    {
        var token = await Identity.SignInAsync(IdentityFixture.AdminEmail, IdentityFixture.AdminPassword);

        using var withToken = new HttpRequestMessage(HttpMethod.Get, "/api/tenants/departments").WithBearer(token);
        using var accepted = await fixture.Tenants.SendAsync(withToken);
        using var withoutToken = await fixture.Tenants.GetAsync(new Uri("/api/tenants/departments", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
    }

    [Fact]
    public async Task ARefreshGivesNewTokensAndTheUsedRefreshTokenNoLongerWorks()
    {
        var first = await Identity.PasswordAsync(IdentityFixture.AdminEmail, IdentityFixture.AdminPassword);

        var second = await Identity.RefreshAsync(first.RefreshToken);
        var reused = await Identity.RefreshAsync(first.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(first.Claims.GetProperty("sub").GetString(), second.Claims.GetProperty("sub").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, reused.Status);
        Assert.Equal("invalid_grant", reused.Error);
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownUserGetTheSameAnswer()
    {
        var wrongPassword = await Identity.PasswordAsync(IdentityFixture.AdminEmail, "not-the-right-password");
        var unknownUser = await Identity.PasswordAsync($"nobody-{Guid.NewGuid():N}@example.test", "not-the-right-password");

        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.Status);
        Assert.Equal("invalid_grant", wrongPassword.Error);
        Assert.Equal(Strip(wrongPassword.Body), Strip(unknownUser.Body));
        Assert.Equal(wrongPassword.Status, unknownUser.Status);
    }

    [Fact]
    public async Task AServiceGetsATokenWithItsClientCredentials()
    {
        var result = await Identity.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = IdentityFixture.ServiceClientId,
            ["client_secret"] = IdentityFixture.ServiceClientSecret,
            ["scope"] = "portal",
        });
        var wrongSecret = await Identity.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = IdentityFixture.ServiceClientId,
            ["client_secret"] = "wrong",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(IdentityFixture.ServiceClientId, result.Claims.GetProperty("sub").GetString());
        Assert.Equal("portal-api", AsList(result.Claims.GetProperty("aud")).Single());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.Status);
    }

    [Fact]
    public async Task DiscoveryThroughTheGatewayNamesPublicAddressesAndReadDirectlyPointsBackAtIdentity()
    {
        using var throughGateway = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        throughGateway.Headers.Add("X-Forwarded-Host", "portal.test");
        throughGateway.Headers.Add("X-Forwarded-Proto", "http");
        using var publicResponse = await Identity.SendAsync(throughGateway);
        var publicDiscovery = await publicResponse.Content.ReadFromJsonAsync<JsonElement>();
        var direct = await Identity.GetFromJsonAsync<JsonElement>(new Uri("/.well-known/openid-configuration", UriKind.Relative));
        var keys = await Identity.GetFromJsonAsync<JsonElement>(new Uri(direct.GetProperty("jwks_uri").GetString()!));

        Assert.Equal(IdentityFixture.PublicUrl + "/", publicDiscovery.GetProperty("issuer").GetString());
        Assert.Equal(IdentityFixture.PublicUrl + "/connect/token", publicDiscovery.GetProperty("token_endpoint").GetString());
        Assert.Equal(IdentityFixture.PublicUrl + "/", direct.GetProperty("issuer").GetString());
        Assert.Equal(new Uri(Identity.BaseAddress!, "/.well-known/jwks"), new Uri(direct.GetProperty("jwks_uri").GetString()!));
        Assert.Contains("password", AsList(direct.GetProperty("grant_types_supported")));
        Assert.Contains("S256", AsList(direct.GetProperty("code_challenge_methods_supported")));
        Assert.Equal("RSA", keys.GetProperty("keys")[0].GetProperty("kty").GetString());
    }

    private static List<string> AsList(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? [.. element.EnumerateArray().Select(e => e.GetString()!)] : [element.GetString()!];

    // Error bodies may carry a per-request link to documentation; everything else must match.
    private static string Strip(JsonElement body) =>
        string.Join("|", body.EnumerateObject().Where(p => p.Name != "error_uri").Select(p => $"{p.Name}={p.Value}"));
}
