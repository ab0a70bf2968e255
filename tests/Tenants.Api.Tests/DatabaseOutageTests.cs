using System.Diagnostics;
using System.Net;
using Portal.Contracts;
using Portal.Testing.Aspire;
using Tenants.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Tenants.Api.Tests;

/// <summary>
/// PostgreSQL stops for 30 seconds under a service that is being used: every request in that time is told
/// to come back (503 with Retry-After, in problem details), nothing written before is lost, nothing asked
/// during it is half-written, and the same requests sent again afterwards are stored exactly once.
/// </summary>
[Collection(TenantsCollection.Name)]
public sealed class DatabaseOutageTests(TenantsApp app, ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task WhilePostgresIsDownRequestsAreAnswered503WithRetryAfterAndNothingIsLostOrDoubled()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var before = await app.CreateCustomerAsync($"Before {marker}");
        var refused = new List<string>();
        var answers = new Dictionary<HttpStatusCode, int>();

        await app.App.StopResourceAsync(ResourceNames.Postgres);
        // The test's own pooled connections died with the server.
        Npgsql.NpgsqlConnection.ClearAllPools();
        try
        {
            // Four clients at once, as a back office in use would send them.
            var outage = Stopwatch.StartNew();
            for (var round = 0; outage.Elapsed < Outage; round++)
            {
                var names = Enumerable.Range(0, 4).Select(client => $"During {round}.{client} {marker}").ToArray();
                var responses = await Task.WhenAll(names.SelectMany(name => new[]
                {
                    app.SendAsync(HttpMethod.Post, "/api/tenants/customers", app.Administrator(), new { name, type = "corporate" }),
                    app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{before.Id()}", app.Administrator()),
                }));
                foreach (var response in responses)
                {
                    using (response)
                    {
                        answers[response.StatusCode] = answers.GetValueOrDefault(response.StatusCode) + 1;
                        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable,
                            $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a Retry-After in seconds");
                        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                    }
                }

                refused.AddRange(names);
            }
        }
        finally
        {
            await app.App.StartResourceAsync(ResourceNames.Postgres);
        }

        // The client does what it was told: comes back and sends the refused requests again.
        await Eventually.ReturnsAsync(
            async () => (await app.SendAsync(HttpMethod.Get, $"/api/tenants/customers/{before.Id()}", app.Administrator())).StatusCode,
            status => status == HttpStatusCode.OK,
            because: "tenants to answer again once PostgreSQL is back");
        Assert.Equal(0, await app.ScalarAsync<long>("SELECT count(*) FROM customers WHERE name LIKE $1", $"During % {marker}"));
        foreach (var name in refused)
        {
            using var again = await app.SendAsync(HttpMethod.Post, "/api/tenants/customers", app.Administrator(), new { name, type = "corporate" });
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        }

        var lost = 1 - await app.ScalarAsync<long>("SELECT count(*) FROM customers WHERE id = $1", before.Id());
        var stored = await app.ScalarAsync<long>("SELECT count(DISTINCT name) FROM customers WHERE name LIKE $1", $"During % {marker}");
        var rows = await app.ScalarAsync<long>("SELECT count(*) FROM customers WHERE name LIKE $1", $"During % {marker}");
        output.WriteLine(
            $"PostgreSQL down {Outage.TotalSeconds:F0} s: {answers.Values.Sum()} requests answered " +
            $"({string.Join(", ", answers.Select(a => $"{(int)a.Key}: {a.Value}"))}); writes lost: {lost}; " +
            $"{refused.Count} refused creations sent again, stored: {stored}, duplicates: {rows - stored}.");
        Assert.True(refused.Count > 0, "requests were sent during the outage");
        Assert.Equal(0, lost);
        Assert.Equal(refused.Count, stored);
        Assert.Equal(stored, rows);
    }
}
