using Assets.Api.Scoping;

namespace Assets.Api.Apis.Common;

/// <summary>When a list's <c>total</c> can come from the KPI counters instead of counting rows.</summary>
public static class CounterTotals
{
    /// <summary>
    /// The counters count the live rows of whole customers: they answer a caller who sees every object of their customers,
    /// asking for live rows, filtered by nothing the counters do not keep (<paramref name="otherFilters"/>).
    /// </summary>
    public static bool Answer(CallerScope scope, bool archived, bool otherFilters) =>
        scope.ObjectIds is null && !archived && !otherFilters;
}
