using Identity.Api.Infrastructure;
using Identity.Api.Infrastructure.EntityConfigurations;
using Identity.Api.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Identity.Api.Application.PeopleImports;

/// <summary>Wakes the import worker when a job is started, instead of waiting for its next look.</summary>
public sealed class PeopleImportSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Dispose() => _signal.Dispose();

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Someone else woke it already.
            }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}

/// <summary>
/// Works through running imports, a batch of rows per transaction. The job's row is locked (FOR UPDATE SKIP
/// LOCKED) for the batch, so however many identity instances run, one moves a job on at a time; a worker that
/// dies mid-batch leaves nothing half done (the transaction rolls back) and the job to whoever looks next.
/// Each batch plans its rows afresh against the database, so a row done before a crash is unchanged after it.
/// </summary>
public sealed partial class PeopleImportWorker(
    IServiceScopeFactory scopes, PeopleImportSignal signal, TimeProvider clock, ILogger<PeopleImportWorker> logger) : BackgroundService
{
    public const int BatchSize = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    private const string NextJobSql =
        "SELECT * FROM " + PeopleImportConfiguration.Table + " WHERE status = 'running' ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batchSize = BatchSize;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await ProcessBatchAsync(batchSize, stoppingToken))
                {
                    batchSize = BatchSize;
                    continue;
                }

                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
            {
                // Someone took an address or account name between planning and saving (a person added by hand
                // meanwhile). Go row by row to find it; alone, the row is refused with the reason.
                if (batchSize > 1)
                {
                    batchSize = 1;
                }
                else
                {
                    await RefuseFirstPendingRowAsync(unique.ConstraintName, stoppingToken);
                }
            }
            catch (Exception ex)
            {
                LogBatchFailed(logger, ex);
                await Task.Delay(PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Processes the next batch of the oldest running job nobody else holds; false when there is none.</summary>
    private async Task<bool> ProcessBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var import = await db.PeopleImports.FromSqlRaw(NextJobSql).SingleOrDefaultAsync(cancellationToken);
            if (import is null)
            {
                return false;
            }

            var rows = await db.PeopleImportRows.Where(r => r.ImportId == import.Id && r.Outcome == null)
                .OrderBy(r => r.Row).Take(batchSize).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                Complete(import, scope.ServiceProvider.GetRequiredService<AuditLog>(), db);
            }
            else
            {
                await ImportRowsAsync(import, rows, scope.ServiceProvider, db, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }

    private async Task ImportRowsAsync(PeopleImport import, List<PeopleImportRow> rows, IServiceProvider services, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == import.OrganizationId, cancellationToken);
        var starter = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == import.StartedByUserId, cancellationToken);
        var caller = await UserAccess.LoadAsync(db, starter, cancellationToken);
        // The rights are those of the person who started the import, as they are now.
        if (caller is null || !caller.User.IsActive || !OrganizationAccess.ToAdministerUsers(caller, organization).IsAllowed)
        {
            foreach (var row in rows)
            {
                StoredRows.Refuse(row, [new RowProblem("row", PeopleImportMessages.NoLongerAllowed)]);
                Count(import, row.Outcome!);
            }

            return;
        }

        var personRows = rows.Select(StoredRows.ToRow).ToList();
        var context = await PlanningContext.LoadAsync(
            db, services.GetRequiredService<ILookupNormalizer>(), caller, organization!, personRows, import.Language, clock.GetUtcNow(), cancellationToken);
        var planner = new PersonPlanner(context);
        var importer = services.GetRequiredService<PersonImporter>();
        foreach (var (row, personRow) in rows.Zip(personRows))
        {
            var plan = planner.Plan(personRow);
            if (plan.Action == RowActions.Refused)
            {
                StoredRows.Refuse(row, plan.Problems);
            }
            else
            {
                row.UserId = importer.Apply(plan, caller, import);
                row.Outcome = plan.Action;
                row.Changes = [.. plan.Changes];
            }

            Count(import, row.Outcome!);
        }
    }

    private void Complete(PeopleImport import, AuditLog audit, IdentityDbContext db)
    {
        import.Status = PeopleImportStatus.Completed;
        import.CompletedAt = clock.GetUtcNow();
        audit.Add(db, AuditActions.PeopleImported, import.OrganizationId, import.StartedByUserId, null,
            UserAuditDetails.Imported(import.FileName, import.Created, import.Updated, import.Unchanged, import.Refused),
            import.ImpersonatorUserId);
    }

    private static void Count(PeopleImport import, string outcome)
    {
        import.ProcessedRows++;
        switch (outcome)
        {
            case RowActions.Create: import.Created++; break;
            case RowActions.Update: import.Updated++; break;
            case RowActions.Unchanged: import.Unchanged++; break;
            default: import.Refused++; break;
        }
    }

    /// <summary>The row that ran into a unique index on its own is refused with the reason of that index.</summary>
    private async Task RefuseFirstPendingRowAsync(string? constraint, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.PeopleImports.FromSqlRaw(NextJobSql).SingleOrDefaultAsync(cancellationToken) is not { } import
                || await db.PeopleImportRows.Where(r => r.ImportId == import.Id && r.Outcome == null).OrderBy(r => r.Row).FirstOrDefaultAsync(cancellationToken) is not { } row)
            {
                return;
            }

            StoredRows.Refuse(row, [constraint == UserConfiguration.UniqueAccountNameIndex
                ? new RowProblem(PeopleColumns.AccountName, PeopleImportMessages.AccountNameTaken)
                : new RowProblem(PeopleColumns.Email, PeopleImportMessages.EmailUsedElsewhere)]);
            Count(import, RowActions.Refused);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of a people import failed; it is tried again")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);
}
