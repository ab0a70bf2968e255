using System.Net;
using System.Text.Json;
using Portal.Contracts;
using Portal.Stack.Tests.Infrastructure;
using Portal.Stack.Tests.Journeys;

namespace Portal.Stack.Tests;

/// <summary>
/// The gateway and identity run twice, and each request here opens a connection of its own, which the proxy in
/// front of the replicas hands to either: the sign-in limit and the lockout count as they would with one replica.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class LimitsAcrossReplicasTests(StackFixture stack)
{
    /// <summary>The gateway's sign-in limit in the stack (gateway appsettings: 10 per 10 s).</summary>
    private const int PermitLimit = 10;

    [Fact]
    public async Task TheSignInLimitAllowsTenPerWindowHoweverTheRequestsAreSpreadOverTheReplicas()
    {
        using var http = NewConnectionEachRequest();
        var gatewayDb = stack.DatabaseOf(ResourceNames.GatewayDb);
        // Start right after a window begins (windows are aligned on the database's clock), so that all requests
        // fall into one window: without that the count could honestly restart half-way.
        await Eventually.ReturnsAsync(
            () => gatewayDb.ScalarAsync<double>("SELECT mod(extract(epoch FROM now()), 10)::float8"),
            intoWindow => intoWindow < 1.0, TimeSpan.FromSeconds(15), because: "a new rate-limit window to begin");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= PermitLimit; attempt++)
        {
            using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent([new("grant_type", "password")]));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses[..PermitLimit], status => Assert.NotEqual(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[PermitLimit]);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountWhicheverIdentityReplicaEachOneReached()
    {
        var administrator = await stack.AdministratorAsync();
        var customerId = await StackUsers.CreateCustomerAsync(administrator);
        var member = await stack.InviteAndSignInAsync(administrator, customerId, "member");
        var email = (await member.SendUntilAsync(HttpMethod.Get, "/api/identity/me", null, HttpStatusCode.OK)).GetProperty("email").GetString()!;
        using var http = new HttpClient(new Integrators.RateLimitPatience(NewConnectionHandler())) { BaseAddress = stack.Gateway.BaseAddress };

        var failures = new List<string>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            failures.Add(await DescriptionAsync(http, email, "certainly not the password"));
        }

        var rightPassword = await DescriptionAsync(http, email, StackUsers.Password);

        Assert.All(failures[..4], description => Assert.Equal("The account name or password is invalid.", description));
        Assert.Contains("Try again in 60 seconds", failures[4], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Too many failed sign-ins.", rightPassword, StringComparison.Ordinal);
    }

    private static async Task<string> DescriptionAsync(HttpClient http, string username, string password)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(
        [
            new("grant_type", "password"), new("client_id", "portal-cli"), new("username", username), new("password", password), new("scope", "openid portal"),
        ]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error_description").GetString()!;
    }

    private HttpClient NewConnectionEachRequest() => new(NewConnectionHandler()) { BaseAddress = stack.Gateway.BaseAddress };

    // A connection is never reused, so each request is a new one for the proxy to place.
    private static SocketsHttpHandler NewConnectionHandler() => new() { PooledConnectionLifetime = TimeSpan.Zero };
}
