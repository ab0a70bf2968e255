using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Contracts;
using Portal.Stack.Tests.Infrastructure;

namespace Portal.Stack.Tests;

/// <summary>What the one public entry point adds to every request through it.</summary>
[Collection(StackCollection.Name)]
public sealed class GatewayTests(StackFixture stack)
{
    [Fact]
    public async Task EveryResponseCarriesARequestIdAndSecurityHeaders()
    {
        using var response = await stack.Gateway.GetAsync("/api/tenants/info");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.TryGetValues("X-Request-Id", out var ids));
        Assert.False(string.IsNullOrWhiteSpace(ids.Single()));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("tenants")]
    [InlineData("identity")]
    [InlineData("notifications")]
    [InlineData("assets")]
    public async Task EachServicesOpenApiDocumentIsPublishedAtTheGatewayWithoutSigningIn(string service)
    {
        using var response = await stack.Gateway.GetAsync($"/api/{service}/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal($"Portal {service} API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.Contains(document.GetProperty("paths").EnumerateObject(), path => path.Name.StartsWith($"/api/{service}/", StringComparison.Ordinal));
        Assert.Equal("openIdConnect", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("portal").GetProperty("type").GetString());
    }

    [Fact]
    public async Task TheReferencePageListsTheFourServicesAndSignsInWithItsOwnClientAtThePublicAddress()
    {
        using var response = await stack.Gateway.GetAsync("/api/reference/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        foreach (var service in new[] { "tenants", "identity", "notifications", "assets" })
        {
            Assert.Contains($"api/{service}/openapi/v1.json", page, StringComparison.Ordinal);
        }

        Assert.Contains("\"x-scalar-client-id\":\"portal-api-reference\"", page, StringComparison.Ordinal);
        Assert.Contains("\"x-usePkce\":\"SHA-256\"", page, StringComparison.Ordinal);
        // Exactly the redirect URI identity registered for that client, on the public address whatever name the page was opened under.
        Assert.Matches($"\"x-scalar-redirect-uri\":\"http://(localhost|127\\.0\\.0\\.1):{stack.Gateway.BaseAddress!.Port}/api/reference/\"", page);
        Assert.DoesNotContain("cdn.", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ARequestIdFromTheCallerIsKept()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/assets/info");
        request.Headers.Add("X-Request-Id", "support-case-4711");

        using var response = await stack.Gateway.SendAsync(request);

        Assert.Equal("support-case-4711", response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task TheTokenEndpointIsRateLimitedPerClient()
    {
        HttpResponseMessage? limited = null;
        for (var attempt = 0; attempt < 30 && limited is null; attempt++)
        {
            var response = await stack.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent([new("grant_type", "password")]));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        using (limited)
        {
            Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(limited.Headers.RetryAfter);
            var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(429, problem.GetProperty("status").GetInt32());
        }

        // Counted in the gateway's database, where all its replicas count: the refusing window holds the refused request too.
        var counted = await stack.DatabaseOf(ResourceNames.GatewayDb).ScalarAsync<long>("SELECT max(count) FROM rate_limit_windows");
        Assert.True(counted > 10, $"The gateway's database counted {counted} requests in its busiest window.");

        // Other routes are not affected by the sign-in limit.
        using var info = await stack.Gateway.GetAsync("/api/identity/info");
        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
    }

    [Fact]
    public async Task AcceptingInvitationsIsRateLimitedWithRetryAfter()
    {
        HttpResponseMessage? limited = null;
        for (var attempt = 0; attempt < 30 && limited is null; attempt++)
        {
            // Guessed tokens: each is refused by identity until the gateway stops passing them on.
            var response = await stack.Gateway.PostAsJsonAsync("/api/identity/invitations/accept", new { token = $"guess-{attempt}", password = "a long enough password" });
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        using (limited)
        {
            Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
            Assert.InRange(limited.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
            var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(429, problem.GetProperty("status").GetInt32());
            // The gateway's refusal (identity limits too, but more leniently, so the gateway answers first).
            Assert.StartsWith("Too many sign-in attempts", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }
}
