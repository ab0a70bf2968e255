namespace Assets.Api.Model;

public static class TicketPriorities
{
    public const string Low = "low";
    public const string Normal = "normal";
    public const string High = "high";
    public const string Urgent = "urgent";

    /// <summary>In rising order of urgency (the order "sort=priority" uses).</summary>
    public static readonly IReadOnlyList<string> All = [Low, Normal, High, Urgent];
}
