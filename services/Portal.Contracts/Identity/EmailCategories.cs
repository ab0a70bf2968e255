namespace Portal.Contracts.Identity;

/// <summary>
/// The business e-mail categories a person switches on and off (names as in the notifications service's
/// preferences API). Account mails (invitations, passwords, e-mail changes) are not among them: they are always sent.
/// </summary>
public static class EmailCategories
{
    public const string Devices = "devices";
    public const string Tickets = "tickets";
    public const string VideoSessions = "videoSessions";
    public const string Codes = "codes";

    public static readonly IReadOnlyList<string> All = [Devices, Tickets, VideoSessions, Codes];
}

/// <summary>
/// An administrator chose a person's e-mail categories while inviting, adding or importing them: the
/// notifications service makes them the person's preferences. <paramref name="Categories"/> are the ones on.
/// </summary>
public sealed record EmailCategoriesChosen(Guid UserId, IReadOnlyList<string> Categories) : IIntegrationEvent;
