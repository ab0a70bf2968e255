using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.ServiceDefaults.Telemetry;

namespace Portal.ServiceDefaults.Messaging;

/// <summary>
/// Publishes the outbox rows of <typeparamref name="TContext"/> in order, waiting for the broker's
/// publisher confirm before marking a row sent. Rows are locked with SKIP LOCKED, so several
/// instances of a service never publish the same row at the same time. A failed publish (broker
/// down) keeps the row and retries it with back-off: nothing is lost, and because consumers are
/// idempotent, the rare double publish (confirm received, commit failed) changes nothing.
/// </summary>
internal sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    // SKIP LOCKED: a row another instance is publishing is left to it.
    private const string DueRowsSql =
        "SELECT * FROM " + MessagingModelBuilderExtensions.OutboxTable +
        " WHERE sent_at IS NULL AND next_attempt_at <= {0} ORDER BY sequence LIMIT {1} FOR UPDATE SKIP LOCKED";

    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await DispatchBatchAsync(stoppingToken);
                if (published == _options.BatchSize)
                {
                    continue; // More may be waiting.
                }

                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database itself is unreachable; wait and try again rather than end the service.
                LogDispatchFailed(logger, ex);
                await Task.Delay(_options.MaxRetryDelay, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();

        // The retrying strategy replays the whole unit after a transient failure; a replay may
        // publish a row again, which idempotent consumers absorb.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var due = await db.Set<OutboxMessage>()
                .FromSqlRaw(DueRowsSql, clock.GetUtcNow(), _options.BatchSize)
                .ToListAsync(cancellationToken);

            var published = 0;
            foreach (var message in due)
            {
                if (!await TryPublishAsync(message, cancellationToken))
                {
                    break; // Keep the order: later rows wait for this one.
                }

                published++;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return published;
        });
    }

    private async Task<bool> TryPublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        // The span continues the trace of the request that added the event (if it was traced), so the
        // publish and the consumers' spans land in that trace instead of starting one of their own.
        ActivityContext.TryParse(message.TraceParent, traceState: null, out var parent);
        using var activity = PortalActivitySource.Instance.StartActivity("outbox dispatch", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.Id);
        activity?.SetTag("portal.outbox.type", message.MessageType);
        try
        {
            var type = IntegrationEventOutbox.ResolveType(message.MessageType);
            var payload = JsonSerializer.Deserialize(message.Body, type, IntegrationEventOutbox.Json)!;

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.PublishTimeout);
            await bus.Publish(payload, type, context => context.MessageId = message.Id, timeout.Token);

            message.SentAt = clock.GetUtcNow();
            message.Attempts++;
            message.LastError = null;
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            message.Attempts++;
            message.LastError = Truncate(ex.GetType().Name + ": " + ex.Message, 2000);
            message.NextAttemptAt = clock.GetUtcNow() + Backoff(message.Attempts);
            LogPublishFailed(logger, message.Id, message.MessageType, message.Attempts, ex.Message);
            return false;
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        var delay = _options.MinRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 16));
        return delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({MessageType}) failed, attempt {Attempts}: {Reason}")]
    private static partial void LogPublishFailed(ILogger logger, Guid messageId, string messageType, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox dispatcher could not read the outbox")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
