using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>
/// Identity limits requests per client address on its credential endpoints, behind the gateway as
/// well: the address is the one the gateway forwards. Each test comes from addresses of its own, so
/// it reaches the limit without touching the allowance the other tests sign in with.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class RateLimitTests(IdentityFixture fixture)
{
    [Theory]
    [InlineData("/connect/token")]
    [InlineData("/account/login")]
    [InlineData("/api/identity/password-reset")]
    [InlineData("/api/identity/password-reset/confirm")]
    [InlineData("/api/identity/invitations/accept")]
    public async Task ACredentialEndpointAnswers429WithRetryAfterToOneAddressOnly(string path)
    {
        var noisy = UniqueAddress();
        var quiet = UniqueAddress();

        using var limited = await FirstRefusalAsync(path, noisy);
        using var other = await PostAsync(path, quiet);

        Assert.NotNull(limited);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.InRange(limited.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.Equal(429, (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task OtherEndpointsAreNotLimited()
    {
        var address = UniqueAddress();
        using var limited = await FirstRefusalAsync("/connect/token", address);

        using var info = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/identity/info"), address);
        using var loginPage = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/account/login"), address);

        Assert.NotNull(limited);
        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
        Assert.Equal(HttpStatusCode.OK, loginPage.StatusCode);
    }

    /// <summary>
    /// Sends cheap, invalid requests until one is refused. A fixed window may roll over once on the
    /// way, so up to three windows' worth are allowed; without a limit none is ever refused.
    /// </summary>
    private async Task<HttpResponseMessage?> FirstRefusalAsync(string path, string address)
    {
        for (var attempt = 0; attempt < IdentityFixture.RateLimitPermits * 3; attempt++)
        {
            var response = await PostAsync(path, address);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            response.Dispose();
        }

        return null;
    }

    private Task<HttpResponseMessage> PostAsync(string path, string address) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent([]) }, address);

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string address)
    {
        using (request)
        {
            // What the gateway adds; identity believes it from loopback only.
            request.Headers.Add("X-Forwarded-For", address);
            return await fixture.Identity.SendAsync(request);
        }
    }

    private static string UniqueAddress() => $"198.51.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";
}
