using System.Net;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>
/// A limit of N per window is N for the service, not N per replica: two identity processes on one database count
/// one client address's requests into one window, so the (N+1)th request of a window is refused whichever process
/// answers it. Counted in each process, as before, the two would let 2N through. The processes are addressed in
/// turn, one request each, rather than through a proxy that might send them all to one.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class RateLimitAcrossReplicasTests(IdentityFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.App.StartResourceAsync(IdentityFixture.SecondReplica);

    public Task DisposeAsync() => fixture.App.StopResourceAsync(IdentityFixture.SecondReplica);

    [Fact]
    public async Task TwoReplicasTogetherAllowTheLimitOnceNotOnceEach()
    {
        using var secondReplica = fixture.App.CreateHttpClient(IdentityFixture.SecondReplica);
        HttpClient[] replicas = [fixture.Identity, secondReplica];
        var address = $"203.0.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";
        var windowEnds = await AlignedWindows.WithTimeLeftInTheWindowAsync(IdentityFixture.RateLimitWindow, needed: TimeSpan.FromSeconds(8));

        var answers = new List<HttpStatusCode>();
        for (var request = 0; request < IdentityFixture.RateLimitPermits; request++)
        {
            using var response = await PostTokenAsync(replicas[request % 2], address);
            answers.Add(response.StatusCode);
        }

        using var refusedByOne = await PostTokenAsync(replicas[0], address);
        using var refusedByTheOther = await PostTokenAsync(replicas[1], address);
        var finished = DateTimeOffset.UtcNow;

        Assert.True(finished < windowEnds, $"The requests took longer than the window they started in ({finished:O} after {windowEnds:O}).");
        // Each replica answered half of them: on its own it would have let through twice as many.
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedByOne.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedByTheOther.StatusCode);
        Assert.InRange(refusedByOne.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), IdentityFixture.RateLimitWindow);
        Assert.InRange(refusedByTheOther.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), IdentityFixture.RateLimitWindow);
    }

    /// <summary>A cheap, invalid token request from <paramref name="address"/> (X-Forwarded-For, believed from loopback).</summary>
    private static async Task<HttpResponseMessage> PostTokenAsync(HttpClient replica, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("X-Forwarded-For", address);
        return await replica.SendAsync(request);
    }
}
