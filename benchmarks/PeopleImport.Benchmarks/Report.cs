using System.Globalization;
using System.Text;
using Portal.Benchmarking;

namespace PeopleImport.Benchmarks;

/// <summary>Writes the results as the Markdown page docs/benchmarks/people-import.md.</summary>
public static class Report
{
    public static string Markdown(RunInfo run, BenchmarkResult r, BenchmarkOptions options, string loadAtEnd)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        Line($"# People import: dry run and import of {r.Rows:N0} rows, invitation mails per second");
        text.AppendLine();
        Line($"Written by `{run.Command}` (not part of the test suite).");
        text.AppendLine("The run starts identity, tenants and notifications with one PostgreSQL server (identitydb, tenantsdb,");
        text.AppendLine("notificationsdb), RabbitMQ and MailDev as the SMTP server on loopback through Aspire.Hosting.Testing, as the");
        text.AppendLine("AppHost wires them (services at log level Warning). As the provider's administrator it creates a corporate");
        text.AppendLine("customer through tenants, waits until identity and notifications know it from tenants' event, and uploads a");
        text.AppendLine("generated file straight to identity (no gateway, so no rate limit and no proxy in the figures). Times are wall");
        text.AppendLine("times on the client; the mails' times are notifications' own `created_at` / `sent_at` in its `mails` table,");
        text.AppendLine("measured from the moment the import's POST was sent. Every count below is checked by the run, which stops");
        text.AppendLine("without writing this page when one is off.");
        text.AppendLine();
        text.AppendLine(run.MarkdownLines);
        Line($"- Load average (1 / 5 / 15 min) at the start: {run.LoadAtStart}; at the end: {loadAtEnd}. The machine is shared and small:");
        text.AppendLine("  PostgreSQL, RabbitMQ, MailDev, three services and this client share its cores, and other work may have run at");
        text.AppendLine("  the same time (a load above the number of cores means processes were waiting for a CPU). Read the figures as a");
        text.AppendLine("  floor, not as what a server of its own would do.");
        Line($"- File: {r.Rows:N0} rows, {r.FileBytes / 1024.0:N0} KB, UTF-8, English headings; unique addresses, `Access` = `invite` on every row,");
        text.AppendLine("  members (every tenth a moderator), four combinations of portal areas and of e-mail categories, German and");
        text.AppendLine("  English, `Objects` empty (all objects)");
        Line($"- The stack was healthy {r.StackStart.TotalSeconds:F0} s after the start (not part of any figure)");
        text.AppendLine();

        text.AppendLine("## Dry run");
        text.AppendLine();
        text.AppendLine("`POST /api/identity/organizations/{id}/people/dry-run` with the whole file, one request at a time; from the");
        text.AppendLine("first byte sent to the last byte of the answer (the plan of every row) read.");
        text.AppendLine();
        text.AppendLine("| Customer's people | Run | Wall time (s) | Rows per second | Answer (KB) | Plan |");
        text.AppendLine("|---|---:|---:|---:|---:|---|");
        DryRunRows(text, "none yet", r.DryRunsNew);
        DryRunRows(text, $"the {r.Rows:N0} of the file (after the import)", r.DryRunsExisting);
        text.AppendLine();
        Line($"Median: {Median(r.DryRunsNew):F2} s with no people yet (min {r.DryRunsNew.Min(d => d.Elapsed.TotalSeconds):F2} s), {Median(r.DryRunsExisting):F2} s with all {r.Rows:N0} existing (min {r.DryRunsExisting.Min(d => d.Elapsed.TotalSeconds):F2} s).");
        text.AppendLine();

        var first = r.FirstImport;
        text.AppendLine("## Import");
        text.AppendLine();
        Line($"`POST .../people/imports` with the same file; the job was polled (`GET /api/identity/people-imports/{{id}}`) every 0.5 s.");
        Line($"Result: {first.Final.Created:N0} created, {first.Final.Updated} updated, {first.Final.Unchanged} unchanged, {first.Final.Refused} refused; identity holds {r.Rows:N0} invitations.");
        text.AppendLine();
        text.AppendLine("| Milestone | Time from the POST (s) | Rows per second |");
        text.AppendLine("|---|---:|---:|");
        Line($"| 202 Accepted (file read and planned, job and its rows stored) | {first.Accepted.TotalSeconds:F2} | |");
        Line($"| Job seen `completed` | {first.Completed.TotalSeconds:F1} | {r.Rows / first.Completed.TotalSeconds:F1} |");
        Line($"| The job's own `createdAt` → `completedAt` | {first.JobDuration.TotalSeconds:F1} | {r.Rows / first.JobDuration.TotalSeconds:F1} |");
        Line($"| Identity's outbox empty (every event of the import published) | {Seconds(first.Published)} | |");
        text.AppendLine();
        Line($"Events the import wrote to identity's outbox: {Events(r.FirstImportEvents)}.");
        text.AppendLine();

        var mails = r.Mails;
        text.AppendLine("## Invitation mails");
        text.AppendLine();
        text.AppendLine("Every created person is invited: identity writes `InvitationCreated` to its outbox in the row's transaction and");
        text.AppendLine("publishes it; notifications records the mail (`mails`, kind `invitation`, status `Pending`) and its sender");
        text.AppendLine("delivers it to MailDev over SMTP (status `Sent`). Times from the import's POST:");
        text.AppendLine();
        text.AppendLine("| Milestone | Time from the POST (s) | Mails per second |");
        text.AppendLine("|---|---:|---:|");
        Line($"| First mail recorded | {Seconds(mails.FirstRecorded)} | |");
        Line($"| All {r.Rows:N0} recorded (queued) | {Seconds(mails.AllRecorded)} | {PerSecond(r.Rows, mails.AllRecorded)} from the POST; {PerSecond(r.Rows - 1, mails.AllRecorded - mails.FirstRecorded)} from the first to the last |");
        Line($"| First mail sent | {Seconds(mails.FirstSent)} | |");
        if (mails.AllSent is { } allSent)
        {
            Line($"| All {r.Rows:N0} sent over SMTP | {allSent.TotalSeconds:F1} | {PerSecond(r.Rows, allSent)} from the POST; {PerSecond(r.Rows - 1, allSent - mails.FirstSent)} from the first to the last |");
        }
        else
        {
            Line($"| All {r.Rows:N0} sent over SMTP | not within {mails.SendLimit.TotalMinutes:F0} min | {mails.AtEnd.Sent:N0} of {r.Rows:N0} sent after {mails.Observed.TotalSeconds:F0} s ({PerSecond(mails.AtEnd.Sent - 1, mails.AtEnd.LastSentAt - mails.AtEnd.FirstSentAt)} from the first to the last) |");
        }

        text.AppendLine();
        Line($"{mails.AtEnd.Recorded:N0} mails to {mails.AtEnd.DistinctRecipients:N0} distinct addresses; {mails.AtEnd.WithDeliveryError} with a delivery error.");
        text.AppendLine();

        text.AppendLine("### Progress");
        text.AppendLine();
        text.AppendLine("Every 30 s, and at each milestone:");
        text.AppendLine();
        text.AppendLine("| Time from the POST (s) | Rows processed | Identity's unpublished events | Mails recorded | Mails sent |");
        text.AppendLine("|---:|---:|---:|---:|---:|");
        foreach (var s in r.Samples)
        {
            Line($"| {s.Elapsed.TotalSeconds:F0} | {s.ProcessedRows:N0} | {s.OutboxUnpublished:N0} | {s.MailsRecorded:N0} | {s.MailsSent:N0} |");
        }

        text.AppendLine();

        var second = r.Second;
        text.AppendLine("## Second import of the same file");
        text.AppendLine();
        Line($"Once the first import's events were all published, the same file again: {second.Timing.Final.Unchanged:N0} unchanged, {second.Timing.Final.Created} created, {second.Timing.Final.Updated} updated, {second.Timing.Final.Refused} refused.");
        Line($"Events the second import wrote to identity's outbox: {Events(second.Events)}.");
        Line($"Identity's outbox held {second.InvitationEventsAfter - second.InvitationEventsBefore} new invitation events; notifications recorded {second.MailsAfter - second.MailsBefore} new invitation mails (counted after identity's outbox was empty again and 5 s more); identity holds {second.InvitationsAfter:N0} invitations, as before.");
        text.AppendLine();
        text.AppendLine("| Milestone | Time from the POST (s) | Rows per second |");
        text.AppendLine("|---|---:|---:|");
        Line($"| 202 Accepted | {second.Timing.Accepted.TotalSeconds:F2} | |");
        Line($"| Job seen `completed` | {second.Timing.Completed.TotalSeconds:F1} | {r.Rows / second.Timing.Completed.TotalSeconds:F1} |");
        Line($"| The job's own `createdAt` → `completedAt` | {second.Timing.JobDuration.TotalSeconds:F1} | {r.Rows / second.Timing.JobDuration.TotalSeconds:F1} |");
        text.AppendLine();

        text.AppendLine("## Errors the database logged during the run");
        text.AppendLine();
        if (r.DatabaseErrors.Count == 0)
        {
            text.AppendLine("None.");
        }
        else
        {
            text.AppendLine("From PostgreSQL's log (all three databases, the whole run). Each failed statement rolled back its");
            text.AppendLine("transaction; when it was a consumer's, MassTransit's message retry handled the message again (the counts");
            text.AppendLine("above show whether anything was lost):");
            text.AppendLine();
            text.AppendLine("| Times | Error |");
            text.AppendLine("|---:|---|");
            foreach (var (error, count) in r.DatabaseErrors.Take(10))
            {
                Line($"| {count:N0} | `{error.Replace("|", "\\|", StringComparison.Ordinal)}` |");
            }
        }

        text.AppendLine();
        text.AppendLine(Notes);
        return text.ToString();
    }

    private const string Notes = """
        ## How the pieces pace themselves (as the code stands at this commit)

        - Identity's import worker takes the job's next 100 rows, plans them afresh against the database and stores
          them (people, invitations, audit entries, outbox events) in one transaction per batch.
        - Identity's outbox dispatcher publishes up to 50 events per round, one at a time, each after the broker's
          confirm of the one before, and starts the next round at once while rounds come back full: it is what sets
          the pace of the mails here (three events per invited person; the progress table shows its backlog going down).
        - Notifications' mail sender takes up to 20 due mails per round (`Mail:BatchSize`), sends them over one SMTP
          connection and starts the next round at once after a full one; it waits its poll interval
          (`Mail:PollInterval`, 1 s) only when fewer were due, so it keeps up with the mails as they are recorded.
        """;

    private static void DryRunRows(StringBuilder text, string people, IReadOnlyList<DryRunResult> runs)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            var d = runs[i];
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {people} | {i + 1} | {d.Elapsed.TotalSeconds:F2} | {d.TotalRows / d.Elapsed.TotalSeconds:F0} | {d.AnswerBytes / 1024.0:N0} | {d.Create} create, {d.Update} update, {d.Unchanged} unchanged, {d.Refused} refused |");
        }
    }

    private static double Median(IReadOnlyList<DryRunResult> runs)
    {
        var sorted = runs.Select(d => d.Elapsed.TotalSeconds).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Events(IReadOnlyList<(string Type, long Count)> events) =>
        events.Count == 0 ? "none" : string.Join(", ", events.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Count:N0} `{e.Type}`")));

    private static string Seconds(TimeSpan? time) => time is { } t ? t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) : "–";

    private static string PerSecond(long count, TimeSpan? time) =>
        time is { } t && t > TimeSpan.Zero ? (count / t.TotalSeconds).ToString("F1", CultureInfo.InvariantCulture) + "/s" : "–";
}
