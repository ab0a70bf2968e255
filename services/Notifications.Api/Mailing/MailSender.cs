using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Notifications.Api.Infrastructure;
using Notifications.Api.Model;

namespace Notifications.Api.Mailing;

/// <summary>
/// Delivers the pending mails. Rows are locked with SKIP LOCKED, so two instances never send the
/// same mail; a failed delivery (SMTP down) keeps the mail pending and retries it with back-off.
/// </summary>
internal sealed partial class MailSender(
    IServiceScopeFactory scopes,
    SmtpTransport transport,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<MailSender> logger) : BackgroundService
{
    private const string DueMailsSql =
        "SELECT * FROM mails WHERE status = 'Pending' AND next_attempt_at <= {0} ORDER BY next_attempt_at LIMIT {1} FOR UPDATE SKIP LOCKED";

    private readonly MailOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be due (an import that invited thousands): go on at once.
                if (await SendDueMailsAsync(stoppingToken) == _options.BatchSize)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database is unreachable; keep the service alive and look again later.
                LogSendingFailed(logger, ex);
            }

            await Task.Delay(_options.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Sends the mails due now, a batch at most; how many were due.</summary>
    private async Task<int> SendDueMailsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();

        // The retrying strategy replays the whole unit after a transient database failure; a replay
        // after the SMTP server accepted a mail but before the commit may send it again (rare, and
        // the Message-ID lets the receiving side recognise it).
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(() => SendDueMailsAsync(db, cancellationToken));
    }

    private async Task<int> SendDueMailsAsync(NotificationsDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Mails.FromSqlRaw(DueMailsSql, clock.GetUtcNow(), _options.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        SmtpClient? client = null;
        try
        {
            foreach (var mail in due)
            {
                mail.Attempts++;
                try
                {
                    client ??= await transport.ConnectAsync(cancellationToken);
                    await client.SendAsync(transport.ToMessage(mail), cancellationToken);
                    mail.Status = MailStatus.Sent;
                    mail.SentAt = clock.GetUtcNow();
                    mail.LastError = null;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    mail.NextAttemptAt = clock.GetUtcNow() + RetryDelay(mail.Attempts);
                    mail.LastError = ex.Message;
                    LogDeliveryFailed(logger, mail.Id, mail.Attempts, ex.Message);
                    client?.Dispose();
                    client = null;
                }
            }
        }
        finally
        {
            if (client is not null)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                client.Dispose();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private TimeSpan RetryDelay(int attempts)
    {
        var delay = _options.MinRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        return delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending mails failed; trying again shortly")]
    private static partial void LogSendingFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} not delivered (attempt {Attempts}): {Reason}; retrying with back-off")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid mailId, int attempts, string reason);
}
