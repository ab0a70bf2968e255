using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Portal.ServiceDefaults.RateLimiting;

/// <summary>
/// The fixed windows of a service's rate limits, counted in its PostgreSQL database so that every replica
/// counts into the same window: a limit of 10 per minute is 10, not 10 per replica. One atomic statement per
/// request; windows are aligned to the database's clock (every window starts at a multiple of its length since
/// the Unix epoch), so replicas agree on where a window begins without talking to each other and a skewed
/// clock on one replica cannot restart a window the others are still counting.
/// </summary>
/// <remarks>
/// The limiter owns its table (<see cref="TableName"/>) rather than a service's EF model, so that a service
/// without migrations (the gateway) can use it: the table is created the first time a statement finds it
/// missing. It is UNLOGGED: counts that live for seconds or minutes are not worth a WAL record per sign-in,
/// and a crash of the server that empties them only starts the windows afresh.
/// </remarks>
public sealed partial class SharedRateLimitWindows(NpgsqlDataSource dataSource, ILogger<SharedRateLimitWindows> logger)
{
    public const string TableName = "rate_limit_windows";

    /// <summary>
    /// After a failure the database is left alone for this long: during an outage each request would otherwise
    /// wait for the connect timeout before counting locally, and the warning would be written for every request.
    /// </summary>
    public static readonly TimeSpan OutagePause = TimeSpan.FromSeconds(5);

    // Keyed by the window's length too: replicas configured differently (during a rollout that changes the limit)
    // each count their own windows, rather than restarting each other's in turn.
    private const string CreateTable = $"""
        CREATE UNLOGGED TABLE IF NOT EXISTS {TableName} (
            partition_key text NOT NULL,
            window_length interval NOT NULL,
            window_start timestamptz NOT NULL,
            window_end timestamptz NOT NULL,
            count bigint NOT NULL,
            PRIMARY KEY (partition_key, window_length))
        """;

    // date_bin puts now() on the grid of windows that starts at the epoch: the same window on every replica.
    // A row of an earlier window starts over at this request's permits; a row of this window adds them.
    private const string Count = $"""
        WITH current_window AS (SELECT date_bin($2, now(), TIMESTAMPTZ 'epoch') AS start)
        INSERT INTO {TableName} AS w (partition_key, window_length, window_start, window_end, count)
        SELECT $1, $2, start, start + $2, $3 FROM current_window
        ON CONFLICT (partition_key, window_length) DO UPDATE SET
            count = CASE WHEN w.window_start = excluded.window_start THEN w.count + excluded.count ELSE excluded.count END,
            window_start = excluded.window_start,
            window_end = excluded.window_end
        RETURNING w.count, w.window_end - now()
        """;

    // A row whose window has ended holds nothing: the next request in its partition would start it over anyway.
    private const string DeleteEnded = $"DELETE FROM {TableName} WHERE window_end < now()";

    private long _pausedUntil;

    /// <summary>
    /// Counts <paramref name="permits"/> into the partition's current window. Null when the database cannot be
    /// reached (a warning is logged): the caller then counts in its own process.
    /// </summary>
    public async ValueTask<WindowCount?> TryCountAsync(string partitionKey, TimeSpan window, int permits, CancellationToken cancellationToken)
    {
        if (Stopwatch.GetTimestamp() < Volatile.Read(ref _pausedUntil))
        {
            return null;
        }

        try
        {
            return await CountAsync(partitionKey, window, permits, cancellationToken);
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return await CreateTableAndCountAsync(partitionKey, window, permits, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return Unavailable(exception);
        }
    }

    /// <summary>Deletes the rows of windows that have ended; the sweeper calls it now and then, not every request.</summary>
    public async Task<int> DeleteEndedWindowsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand(DeleteEnded);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    private async ValueTask<WindowCount?> CreateTableAndCountAsync(string partitionKey, TimeSpan window, int permits, CancellationToken cancellationToken)
    {
        try
        {
            await CreateTableAsync(cancellationToken);
            return await CountAsync(partitionKey, window, permits, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return Unavailable(exception);
        }
    }

    private async Task CreateTableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand(CreateTable);
            await command.ExecuteNonQueryAsync(cancellationToken);
            LogTableCreated(logger, TableName);
        }
        // Two replicas creating it at the same moment: IF NOT EXISTS does not cover the race, the other one won.
        catch (PostgresException raced) when (raced.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
        {
        }
    }

    private async Task<WindowCount> CountAsync(string partitionKey, TimeSpan window, int permits, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Count);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = partitionKey });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = window });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = permits });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new WindowCount(reader.GetInt64(0), reader.GetFieldValue<TimeSpan>(1));
    }

    private WindowCount? Unavailable(Exception exception)
    {
        Volatile.Write(ref _pausedUntil, Stopwatch.GetTimestamp() + (long)(OutagePause.TotalSeconds * Stopwatch.Frequency));
        LogUnavailable(logger, exception, OutagePause.TotalSeconds);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Rate limits cannot be counted in the database; each replica counts its own requests for the next {PauseSeconds} s")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, double pauseSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the table {Table} of the shared rate-limit windows")]
    private static partial void LogTableCreated(ILogger logger, string table);
}
