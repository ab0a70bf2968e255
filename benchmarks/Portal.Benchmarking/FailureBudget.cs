using System.Globalization;
using System.Text;

namespace Portal.Benchmarking;

/// <summary>
/// How many failed requests a run may have and still write its page. A figure of requests per second or a
/// percentile means nothing when the requests it counts were refused: a run beyond the budget stops with
/// <see cref="BenchmarkFailedException"/> and <see cref="BenchmarkProgram"/> writes nothing.
/// </summary>
/// <param name="MaxFailed">At most this many failures per kind of request.</param>
/// <param name="MaxShare">And at most this share of the kind's requests (0.005 = 0.5 %).</param>
public sealed record FailureBudget(int MaxFailed, double MaxShare)
{
    /// <summary>
    /// A handful: at most 5 failures and at most 0.5 % of a kind's requests, whichever is fewer. A load
    /// run on a shared machine may lose a request to a timeout; it may not lose a steady share of them.
    /// </summary>
    public static FailureBudget Handful { get; } = new(5, 0.005);

    /// <summary>Every request must succeed: for runs whose every request is part of what is checked.</summary>
    public static FailureBudget None { get; } = new(0, 0);

    /// <summary>How many of <paramref name="total"/> requests may fail.</summary>
    public int AllowedOf(int total) => (int)Math.Min(MaxFailed, Math.Floor(MaxShare * total));

    public bool Allows(RequestStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return stats.Failed <= AllowedOf(stats.Total);
    }

    /// <summary>Throws, naming each kind over budget with its first reasons, when any is.</summary>
    public void Check(IEnumerable<RequestStats> kinds)
    {
        var over = kinds.Where(kind => !Allows(kind)).ToList();
        if (over.Count == 0)
        {
            return;
        }

        var message = new StringBuilder().Append(CultureInfo.InvariantCulture, $"too many failed requests (allowed: at most {MaxFailed} and at most {MaxShare:P1} of each kind)");
        foreach (var kind in over)
        {
            message.Append(CultureInfo.InvariantCulture, $"\n  {kind.Kind}: {kind.Failed:N0} of {kind.Total:N0} failed (allowed {AllowedOf(kind.Total)}); first reasons:");
            foreach (var failure in kind.Failures.Take(5))
            {
                message.Append(CultureInfo.InvariantCulture, $"\n    {failure.Count:N0} × {failure.Reason}");
            }
        }

        throw new BenchmarkFailedException(message.ToString());
    }

    /// <summary>One line per kind that had failures at all, within budget or not: what the console shows as a run goes.</summary>
    public static string Describe(RequestStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return stats.Failed == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{stats.Kind}: {stats.Succeeded:N0} succeeded, none failed")
            : string.Create(CultureInfo.InvariantCulture, $"{stats.Kind}: {stats.Succeeded:N0} succeeded, {stats.Failed:N0} failed, first: {string.Join("; ", stats.Failures.Take(3).Select(f => $"{f.Count:N0} × {f.Reason}"))}");
    }
}
