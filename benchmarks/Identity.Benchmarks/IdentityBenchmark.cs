using Portal.Benchmarking;

namespace Identity.Benchmarks;

public sealed record IdentityOptions(TimeSpan Duration, int Concurrency, int LatencySamples, bool KeepLimits, string Output)
{
    /// <summary>Each PBKDF2 rate: long enough for a steady figure, short enough not to double the run.</summary>
    public TimeSpan HashDuration => Duration / 2;
}

public sealed record IdentityResult(
    StoredHash Hash, HashRate SingleThread, HashRate Concurrent, PhaseResult SignIns, PhaseResult Refreshes,
    GatewayLatencyResult Gateway, IReadOnlyList<RequestStats> AllRequests, string LoadAtEnd);

/// <summary>The run's phases in order; every request goes through one <see cref="RequestLog"/> that the failure budget checks.</summary>
public static class IdentityBenchmark
{
    private const int MaxRequestsPerPhase = 100_000;

    public static async Task<IdentityResult> RunAsync(IdentityStack stack, IdentityOptions options, CancellationToken cancellation)
    {
        var log = new RequestLog();
        var tokens = new TokenCalls(stack.Identity);

        // JIT, connection pools, the server's signing keys; its failures count like any other's.
        await LoadRunner.RunAsync(log, "password sign-in, warm-up", options.Concurrency, TimeSpan.FromSeconds(3), 50, _ => tokens.SignInAsync(), cancellation);
        // After each phase: a refused phase stops the run at once instead of repeating the refusal for minutes.
        FailureBudget.Handful.Check(log.All());

        var hash = await PasswordHashRate.ReadAsync(stack);
        Console.WriteLine($"identity's password hash: {hash.Description}");
        var single = await PasswordHashRate.MeasureAsync(hash, 1, options.HashDuration);
        var concurrent = await PasswordHashRate.MeasureAsync(hash, options.Concurrency, options.HashDuration);

        var signIns = await LoadRunner.RunAsync(
            log, "password sign-in", options.Concurrency, options.Duration, MaxRequestsPerPhase, _ => tokens.SignInAsync(), cancellation);
        FailureBudget.Handful.Check(log.All());

        var refreshTokens = new string[options.Concurrency];
        for (var worker = 0; worker < options.Concurrency; worker++)
        {
            refreshTokens[worker] = await tokens.RefreshTokenAsync();
        }

        var refreshes = await LoadRunner.RunAsync(log, "token refresh", options.Concurrency, options.Duration, MaxRequestsPerPhase, async worker =>
        {
            var (next, failure) = await tokens.RefreshAsync(refreshTokens[worker]);
            refreshTokens[worker] = next ?? refreshTokens[worker];
            return failure;
        }, cancellation);
        FailureBudget.Handful.Check(log.All());

        var gateway = await GatewayLatency.MeasureAsync(log, stack, options.LatencySamples, cancellation);
        var loadAtEnd = RunInfo.LoadAverage();

        var all = log.All();
        FailureBudget.Handful.Check(all);
        return new IdentityResult(hash, single, concurrent, signIns, refreshes, gateway, all, loadAtEnd);
    }
}
