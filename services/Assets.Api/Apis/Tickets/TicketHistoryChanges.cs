namespace Assets.Api.Apis.Tickets;

/// <summary>What a ticket history entry records.</summary>
public static class TicketHistoryChanges
{
    public const string Created = "created";
    public const string Status = "status";
    public const string Priority = "priority";
    public const string Title = "title";
    public const string Description = "description";
    public const string Assignee = "assignee";
    public const string Comment = "comment";
    public const string Archived = "archived";
}
