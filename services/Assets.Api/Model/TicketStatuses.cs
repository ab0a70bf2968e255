namespace Assets.Api.Model;

/// <summary>
/// The ticket workflow: open -> in_progress -> resolved -> closed. A resolved or closed ticket may be
/// reopened; a customer may resolve an open ticket themselves (the problem went away). Anything else
/// is refused with 409.
/// </summary>
public static class TicketStatuses
{
    public const string Open = "open";
    public const string InProgress = "in_progress";
    public const string Resolved = "resolved";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [Open, InProgress, Resolved, Closed];

    private static readonly Dictionary<string, string[]> Moves = new()
    {
        [Open] = [InProgress, Resolved],
        [InProgress] = [Resolved, Open],
        [Resolved] = [Closed, Open],
        [Closed] = [Open],
    };

    public static bool CanMove(string from, string to) => Moves.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>Customers' moderators and administrators work "from their side": resolve, close, reopen.</summary>
    public static bool CustomerMayMoveTo(string to) => to is Resolved or Closed or Open;
}
