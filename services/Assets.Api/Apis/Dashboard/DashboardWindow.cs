namespace Assets.Api.Apis.Dashboard;

/// <summary>
/// The periods the dashboard's figures cover, in whole UTC days and months: the last 30 and 90 days are
/// the tickets resolved on that day or later (so counters kept per day can answer them exactly), the
/// chart the current month and the eleven before it.
/// </summary>
public sealed record DashboardWindow(DateTimeOffset Now, DateOnly Today, DateOnly ResolvedSince30Days, DateOnly ResolvedSince90Days, DateOnly FirstMonth)
{
    public const int Months = 12;

    public static DashboardWindow At(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new DashboardWindow(now, today, today.AddDays(-30), today.AddDays(-90), new DateOnly(today.Year, today.Month, 1).AddMonths(-(Months - 1)));
    }

    public IEnumerable<DateOnly> MonthsShown => Enumerable.Range(0, Months).Select(FirstMonth.AddMonths);

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
