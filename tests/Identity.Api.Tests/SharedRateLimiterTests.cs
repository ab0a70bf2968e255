using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Identity.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Portal.Contracts;
using Portal.ServiceDefaults.RateLimiting;

namespace Identity.Api.Tests;

/// <summary>
/// The shared fixed-window limiter (Portal.ServiceDefaults/RateLimiting) on its own, on a fresh database of the
/// suite's PostgreSQL server: it creates its table, counts for several processes at once, works with ASP.NET Core's
/// rate limiting middleware as that middleware really calls it, falls back to a per-process window when the
/// database is gone, and sweeps ended windows.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class SharedRateLimiterTests(IdentityFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(await fixture.App.GetConnectionStringAsync(ResourceNames.IdentityDb));
        var database = $"rate_limits_{Guid.NewGuid():N}";
        await using (var admin = NpgsqlDataSource.Create(server.ConnectionString))
        {
            await using var create = admin.CreateCommand($"CREATE DATABASE {database}");
            await create.ExecuteNonQueryAsync();
        }

        server.Database = database;
        _connectionString = server.ConnectionString;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TwoProcessesCountIntoOneWindowAndTheTableIsCreatedOnFirstUse()
    {
        // Two data sources, two stores, two limiters: what two replicas hold.
        await using var first = NpgsqlDataSource.Create(_connectionString);
        await using var second = NpgsqlDataSource.Create(_connectionString);
        var key = $"token|{Guid.NewGuid()}";
        var options = new SharedFixedWindowOptions(PermitLimit: 3, Window: Minute);
        using var one = new SharedFixedWindowRateLimiter(key, options, Windows(first));
        using var other = new SharedFixedWindowRateLimiter(key, options, Windows(second));
        var windowEnds = await AlignedWindows.WithTimeLeftInTheWindowAsync(Minute, needed: TimeSpan.FromSeconds(5));

        var leases = new List<RateLimitLease>();
        foreach (var limiter in new[] { one, other, one, other, one })
        {
            leases.Add(await limiter.AcquireAsync());
        }

        Assert.Equal([true, true, true, false, false], leases.Select(l => l.IsAcquired));
        Assert.True(leases[3].TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        // Until the window on the clock's grid ends, not a minute from the first request.
        Assert.InRange(retryAfter, windowEnds - DateTimeOffset.UtcNow - TimeSpan.FromSeconds(1), windowEnds - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1));
        Assert.Equal(5L, await ScalarAsync<long>($"SELECT count FROM {SharedRateLimitWindows.TableName} WHERE partition_key = $1", key));
    }

    /// <summary>
    /// The middleware calls AttemptAcquire first and AcquireAsync when that lease is not acquired: each request is
    /// then counted once (the synchronous answer counts nothing), and the first are let through.
    /// </summary>
    [Fact]
    public async Task BehindTheMiddlewareEachRequestIsCountedOnceAndTheOneOverTheLimitRefusedWithRetryAfter()
    {
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        var key = $"login|{Guid.NewGuid()}";
        await using var app = await StartLimitedAppAsync(dataSource, key, permitLimit: 2);
        using var client = new HttpClient { BaseAddress = Address(app) };
        await AlignedWindows.WithTimeLeftInTheWindowAsync(Minute, needed: TimeSpan.FromSeconds(5));

        using var firstAnswer = await client.GetAsync("/");
        using var secondAnswer = await client.GetAsync("/");
        using var thirdAnswer = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, firstAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, thirdAnswer.StatusCode);
        Assert.InRange(thirdAnswer.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), Minute);
        Assert.Equal(3L, await ScalarAsync<long>($"SELECT count FROM {SharedRateLimitWindows.TableName} WHERE partition_key = $1", key));
    }

    /// <summary>Fail to the per-replica limit, never to no limit, and never to a 500.</summary>
    [Fact]
    public async Task WithoutTheDatabaseEachProcessCountsItsOwnWindow()
    {
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(_connectionString) { Port = ClosedPort(), Timeout = 2 }.ConnectionString);
        await using var app = await StartLimitedAppAsync(dataSource, $"token|{Guid.NewGuid()}", permitLimit: 2);
        using var client = new HttpClient { BaseAddress = Address(app) };

        using var firstAnswer = await client.GetAsync("/");
        using var secondAnswer = await client.GetAsync("/");
        using var thirdAnswer = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, firstAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, thirdAnswer.StatusCode);
        Assert.InRange(thirdAnswer.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), Minute);
    }

    [Fact]
    public async Task EndedWindowsAreSweptAndRunningOnesKept()
    {
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        var windows = Windows(dataSource);
        var running = $"token|{Guid.NewGuid()}";
        await windows.TryCountAsync(running, TimeSpan.FromHours(1), 1, CancellationToken.None);
        var ended = $"token|{Guid.NewGuid()}";
        await ScalarAsync<int>(
            $"INSERT INTO {SharedRateLimitWindows.TableName} VALUES ($1, interval '1 minute', now() - interval '2 minutes', now() - interval '1 minute', 7) RETURNING 1", ended);

        await windows.DeleteEndedWindowsAsync(CancellationToken.None);

        Assert.Equal(1L, await ScalarAsync<long>($"SELECT count(*) FROM {SharedRateLimitWindows.TableName} WHERE partition_key = $1", running));
        Assert.Equal(0L, await ScalarAsync<long>($"SELECT count(*) FROM {SharedRateLimitWindows.TableName} WHERE partition_key = $1", ended));
    }

    private static SharedRateLimitWindows Windows(NpgsqlDataSource dataSource) => new(dataSource, NullLogger<SharedRateLimitWindows>.Instance);

    /// <summary>
    /// A bare web app with the limiter as identity uses it (a global limiter in ASP.NET Core's middleware) and a
    /// rejection that writes the lease's Retry-After, on a free loopback port.
    /// </summary>
    private static async Task<WebApplication> StartLimitedAppAsync(NpgsqlDataSource dataSource, string partitionKey, int permitLimit)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(Windows(dataSource));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                SharedRateLimitPartition.GetFixedWindowLimiter(partitionKey, context.RequestServices, _ => new SharedFixedWindowOptions(permitLimit, Minute)));
        });
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapGet("/", () => "counted");
        await app.StartAsync();
        return app;
    }

    private static Uri Address(WebApplication app) => new(app.Urls.Single());

    /// <summary>A loopback port nothing listens on: connecting is refused at once.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        await using var command = dataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
