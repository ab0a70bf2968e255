namespace Assets.Api.Model;

/// <summary>scheduled -> live -> ended; a scheduled session may be cancelled. Ended and cancelled are final.</summary>
public static class VideoSessionStatuses
{
    public const string Scheduled = "scheduled";
    public const string Live = "live";
    public const string Ended = "ended";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [Scheduled, Live, Ended, Cancelled];

    public static bool CanMove(string from, string to) => (from, to) switch
    {
        (Scheduled, Live) or (Scheduled, Cancelled) or (Live, Ended) => true,
        _ => false,
    };
}
