using System.Diagnostics;
using System.Net;
using Portal.Benchmarking;

namespace PeopleImport.Benchmarks;

public sealed record BenchmarkOptions(int Rows, int DryRuns, TimeSpan SendLimit, TimeSpan HardLimit, string Output);

/// <summary>A moment of the first import: how far the job, identity's outbox and the mails were.</summary>
public sealed record Sample(TimeSpan Elapsed, int ProcessedRows, long OutboxUnpublished, long MailsRecorded, long MailsSent);

/// <summary>An import from its POST: the 202, the job seen completed (polled every 0.5 s), the job's own timestamps.</summary>
public sealed record ImportTiming(TimeSpan Accepted, TimeSpan Completed, ImportState Final, TimeSpan? Published = null)
{
    /// <summary>What the job itself recorded, from its creation (inside the POST) to its completion.</summary>
    public TimeSpan JobDuration => Final.CompletedAt!.Value - Final.CreatedAt;
}

/// <summary>The invitation mails of the first import, measured from its POST with notifications' own timestamps.</summary>
public sealed record MailTiming(
    MailCounts AtEnd, TimeSpan? FirstRecorded, TimeSpan? AllRecorded, TimeSpan? FirstSent, TimeSpan? AllSent, TimeSpan Observed, TimeSpan SendLimit);

public sealed record SecondImport(
    ImportTiming Timing, long MailsBefore, long MailsAfter, long InvitationEventsBefore, long InvitationEventsAfter, long InvitationsAfter,
    IReadOnlyList<(string Type, long Count)> Events);

public sealed record BenchmarkResult(
    TimeSpan StackStart,
    int Rows,
    long FileBytes,
    IReadOnlyList<DryRunResult> DryRunsNew,
    ImportTiming FirstImport,
    MailTiming Mails,
    IReadOnlyList<Sample> Samples,
    IReadOnlyList<(string Type, long Count)> FirstImportEvents,
    IReadOnlyList<DryRunResult> DryRunsExisting,
    SecondImport Second,
    long UsersAfter,
    IReadOnlyList<(string Error, int Count)> DatabaseErrors);

/// <summary>The benchmark's steps; every count that must hold is checked and stops the run when it does not.</summary>
public sealed class ImportBenchmark(BenchmarkStack stack, BenchmarkOptions options)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(30);

    private readonly PortalCalls _calls = new(stack);

    public async Task<BenchmarkResult> RunAsync(TimeSpan stackStart, CancellationToken cancellationToken)
    {
        var rows = options.Rows;
        await using var counters = new Counters(stack.IdentityConnectionString, stack.NotificationsConnectionString);
        var tag = Guid.NewGuid().ToString("N")[..8];

        var customerId = await _calls.CreateCustomerAsync(tag);
        Console.WriteLine($"customer {customerId} created in tenants");
        await WaitUntilCustomerKnownAsync(customerId, tag, counters, cancellationToken);

        var file = PeopleFileGenerator.Create(tag, rows);
        var fileName = $"people-{rows}.csv";
        Console.WriteLine($"file: {rows} rows, {file.Length:N0} bytes");

        // 1. The dry run against a customer without people: every row a person to create and invite.
        var dryRunsNew = new List<DryRunResult>();
        for (var i = 1; i <= options.DryRuns; i++)
        {
            var dryRun = await _calls.DryRunAsync(customerId, file, fileName, cancellationToken);
            Require(dryRun.TotalRows == rows && dryRun.Create == rows && dryRun.Refused == 0 && dryRun.Update == 0 && dryRun.Unchanged == 0,
                $"dry run {i}: expected {rows} to create, got {Describe(dryRun)}");
            Console.WriteLine($"dry run {i} (new people): {dryRun.Elapsed.TotalSeconds:F2} s, {Describe(dryRun)}");
            dryRunsNew.Add(dryRun);
        }

        Require(await counters.UsersAsync(customerId, cancellationToken) == 0, "the dry runs changed something: the customer has people");
        var eventsBefore = await counters.IdentityOutboxAsync(cancellationToken);

        // 2 and 3. The import, and the invitation mails it causes, both from the POST.
        var firstStarted = DateTimeOffset.UtcNow;
        var (first, mails, samples) = await FirstImportAsync(customerId, file, fileName, counters, cancellationToken);
        var eventsAfterFirst = await WaitForOutboxAsync(counters, cancellationToken);
        var firstEvents = await counters.OutboxByTypeAsync(firstStarted, cancellationToken);
        Console.WriteLine($"events of the import: {string.Join(", ", firstEvents.Select(e => $"{e.Count} {e.Type}"))}");
        Require(eventsAfterFirst.InvitationEvents - eventsBefore.InvitationEvents == rows,
            $"identity's outbox holds {eventsAfterFirst.InvitationEvents - eventsBefore.InvitationEvents} invitation events of the import, expected {rows}");
        Require(await counters.InvitationsAsync(customerId, cancellationToken) == rows, "identity does not hold one invitation per row");

        // The dry run against the same file once everyone exists: every row unchanged.
        var dryRunsExisting = new List<DryRunResult>();
        for (var i = 1; i <= options.DryRuns; i++)
        {
            var dryRun = await _calls.DryRunAsync(customerId, file, fileName, cancellationToken);
            Require(dryRun.TotalRows == rows && dryRun.Unchanged == rows,
                $"dry run {i} after the import: expected {rows} unchanged, got {Describe(dryRun)}");
            Console.WriteLine($"dry run {i} (existing people): {dryRun.Elapsed.TotalSeconds:F2} s, {Describe(dryRun)}");
            dryRunsExisting.Add(dryRun);
        }

        // 4. The same file again: nothing changes, no new invitation, no new mail.
        var second = await SecondImportAsync(customerId, file, fileName, counters, eventsAfterFirst, cancellationToken);
        var users = await counters.UsersAsync(customerId, cancellationToken);
        Require(users == rows, $"the customer has {users} people, expected {rows}");
        var errors = await stack.DatabaseErrorsAsync();
        foreach (var (error, count) in errors)
        {
            Console.WriteLine($"PostgreSQL logged {count} x ERROR: {error}");
        }

        return new BenchmarkResult(stackStart, rows, file.LongLength, dryRunsNew, first, mails, samples, firstEvents, dryRunsExisting, second, users, errors);
    }

    /// <summary>Identity answers the dry run (not 404) once tenants' event reached it; notifications records the customer too.</summary>
    private async Task WaitUntilCustomerKnownAsync(Guid customerId, string tag, Counters counters, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var probe = PeopleFileGenerator.Probe(tag);
        while (true)
        {
            using var response = await _calls.UploadAsync($"/api/identity/organizations/{customerId}/people/dry-run", probe, "probe.csv", cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                await PortalCalls.ExpectAsync(response, HttpStatusCode.OK, "dry run of the probe file");
            }

            Require(watch.Elapsed < TimeSpan.FromMinutes(2), "identity did not learn of the customer within 2 minutes");
            await Task.Delay(250, cancellationToken);
        }

        while (!await counters.NotificationsKnowsCustomerAsync(customerId, cancellationToken))
        {
            Require(watch.Elapsed < TimeSpan.FromMinutes(2), "notifications did not learn of the customer within 2 minutes");
            await Task.Delay(250, cancellationToken);
        }

        Console.WriteLine($"identity and notifications know the customer after {watch.Elapsed.TotalSeconds:F1} s");
    }

    private async Task<(ImportTiming Import, MailTiming Mails, List<Sample> Samples)> FirstImportAsync(
        Guid customerId, byte[] file, string fileName, Counters counters, CancellationToken cancellationToken)
    {
        var rows = options.Rows;
        var startedUtc = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        var job = await _calls.StartImportAsync(customerId, file, fileName, cancellationToken);
        var accepted = watch.Elapsed;
        Console.WriteLine($"import {job.Id} accepted after {accepted.TotalSeconds:F2} s: {job}");
        Require(job.TotalRows == rows && job.Refused == 0, $"the import's 202: expected {rows} rows, none refused, got {job}");

        var samples = new List<Sample>();
        var nextSample = TimeSpan.Zero;
        TimeSpan? completed = null;
        TimeSpan? published = null;
        var state = job;
        MailCounts mails;
        while (true)
        {
            var milestone = false;
            if (completed is null)
            {
                state = await _calls.ImportAsync(job.Id, cancellationToken);
                if (state.IsCompleted)
                {
                    completed = watch.Elapsed;
                    milestone = true;
                    Console.WriteLine($"import completed after {completed.Value.TotalSeconds:F1} s: {state}");
                }
            }

            var outbox = await counters.IdentityOutboxAsync(cancellationToken);
            if (completed is not null && published is null && outbox.Unpublished == 0)
            {
                published = watch.Elapsed;
                milestone = true;
                Console.WriteLine($"identity's outbox empty after {published.Value.TotalSeconds:F1} s");
            }

            mails = await counters.InvitationMailsAsync(customerId, cancellationToken);
            Require(mails.Recorded <= rows && mails.DistinctRecipients == mails.Recorded,
                $"notifications recorded {mails.Recorded} invitation mails to {mails.DistinctRecipients} addresses for {rows} people");
            milestone |= (mails.Recorded == rows && (samples.Count == 0 || samples[^1].MailsRecorded < rows))
                || (mails.Sent == rows && (samples.Count == 0 || samples[^1].MailsSent < rows));
            if (watch.Elapsed >= nextSample || milestone)
            {
                samples.Add(new Sample(watch.Elapsed, state.ProcessedRows, outbox.Unpublished, mails.Recorded, mails.Sent));
                Console.WriteLine($"  {watch.Elapsed.TotalSeconds,6:F0} s: {state.ProcessedRows} rows processed, {outbox.Unpublished} events unpublished, " +
                    $"{mails.Recorded} mails recorded, {mails.Sent} sent{(mails.WithDeliveryError > 0 ? $", {mails.WithDeliveryError} with a delivery error" : "")}");
                if (watch.Elapsed >= nextSample)
                {
                    nextSample = watch.Elapsed + SampleEvery;
                }
            }

            var required = completed is not null && mails.Recorded == rows;
            if ((required && (mails.Sent == rows || watch.Elapsed > options.SendLimit)) || watch.Elapsed > options.HardLimit)
            {
                break;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        var observed = watch.Elapsed;
        Require(completed is not null, $"the import did not complete within {options.HardLimit.TotalMinutes:F0} minutes: {state}");
        Require(state.TotalRows == rows && state.ProcessedRows == rows && state.Created == rows && state.Updated == 0 && state.Unchanged == 0 && state.Refused == 0,
            $"the import: expected {rows} created, got {state}");
        Require(mails.Recorded == rows,
            $"notifications recorded {mails.Recorded} of {rows} invitation mails within {options.HardLimit.TotalMinutes:F0} minutes");

        TimeSpan? Since(DateTimeOffset? time) => time - startedUtc;
        var mailTiming = new MailTiming(
            mails, Since(mails.FirstCreatedAt), Since(mails.LastCreatedAt),
            Since(mails.FirstSentAt), mails.Sent == rows ? Since(mails.LastSentAt) : null, observed, options.SendLimit);
        return (new ImportTiming(accepted, completed!.Value, state, published), mailTiming, samples);
    }

    private async Task<SecondImport> SecondImportAsync(
        Guid customerId, byte[] file, string fileName, Counters counters, OutboxCounts eventsBefore, CancellationToken cancellationToken)
    {
        var rows = options.Rows;
        var mailsBefore = (await counters.InvitationMailsAsync(customerId, cancellationToken)).Recorded;
        var startedUtc = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        var job = await _calls.StartImportAsync(customerId, file, fileName, cancellationToken);
        var accepted = watch.Elapsed;
        Console.WriteLine($"second import {job.Id} accepted after {accepted.TotalSeconds:F2} s: {job}");
        var state = job;
        while (!state.IsCompleted)
        {
            Require(watch.Elapsed < options.HardLimit, $"the second import did not complete within {options.HardLimit.TotalMinutes:F0} minutes: {state}");
            await Task.Delay(PollInterval, cancellationToken);
            state = await _calls.ImportAsync(job.Id, cancellationToken);
        }

        var completed = watch.Elapsed;
        Console.WriteLine($"second import completed after {completed.TotalSeconds:F1} s: {state}");
        Require(state.TotalRows == rows && state.ProcessedRows == rows && state.Unchanged == rows && state.Created == 0 && state.Updated == 0 && state.Refused == 0,
            $"the second import: expected {rows} unchanged, got {state}");

        // Whatever the second import put in the outbox is published and consumed before the mails are counted.
        var eventsAfter = await WaitForOutboxAsync(counters, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var mailsAfter = (await counters.InvitationMailsAsync(customerId, cancellationToken)).Recorded;
        var invitations = await counters.InvitationsAsync(customerId, cancellationToken);
        var events = await counters.OutboxByTypeAsync(startedUtc, cancellationToken);
        Console.WriteLine($"events of the second import: {(events.Count == 0 ? "none" : string.Join(", ", events.Select(e => $"{e.Count} {e.Type}")))}");
        Require(eventsAfter.InvitationEvents == eventsBefore.InvitationEvents,
            $"the second import added {eventsAfter.InvitationEvents - eventsBefore.InvitationEvents} invitation events");
        Require(mailsAfter == mailsBefore, $"the second import caused {mailsAfter - mailsBefore} new invitation mails");
        Require(invitations == rows, $"identity holds {invitations} invitations after the second import, expected {rows}");
        return new SecondImport(new ImportTiming(accepted, completed, state), mailsBefore, mailsAfter, eventsBefore.InvitationEvents, eventsAfter.InvitationEvents, invitations, events);
    }

    /// <summary>Waits until identity published every event of its outbox (bounded).</summary>
    private static async Task<OutboxCounts> WaitForOutboxAsync(Counters counters, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var outbox = await counters.IdentityOutboxAsync(cancellationToken);
            if (outbox.Unpublished == 0)
            {
                return outbox;
            }

            Require(watch.Elapsed < TimeSpan.FromMinutes(5), $"identity's outbox still holds {outbox.Unpublished} unpublished events after 5 minutes");
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static string Describe(DryRunResult r) =>
        $"{r.TotalRows} rows: {r.Create} create, {r.Update} update, {r.Unchanged} unchanged, {r.Refused} refused";

    private static void Require(bool condition, string failure)
    {
        if (!condition)
        {
            throw new BenchmarkFailedException(failure);
        }
    }
}
