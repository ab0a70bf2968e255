using Assets.Api.Apis.Common;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Assets.Api.Apis.Tickets;

/// <summary>Why a ticket cannot be opened, changed, commented on or archived as asked.</summary>
public static class TicketProblems
{
    public static readonly ProblemMessage StatusChangeByProvider = Forbidden(
        "status_change_by_provider",
        "Customers resolve, close and reopen tickets; the provider works them.",
        "Kunden lösen, schließen und öffnen Tickets wieder; bearbeitet werden sie vom Dienstleister.");

    public static readonly ProblemMessage StatusChangeNeedsManage = Forbidden(
        "status_change_needs_manage", "Changing the status needs tickets.manage.", "Den Status zu ändern erfordert tickets.manage.");

    public static readonly ProblemMessage AssigningByStaffOnly = Forbidden(
        "assigning_by_staff_only", "Only the provider's staff assign tickets.", "Nur Mitarbeiter des Dienstleisters weisen Tickets zu.");

    public static readonly ProblemMessage EditingByAuthorOnly = Forbidden(
        "editing_by_author_only",
        "Only the author or someone with tickets.manage edits a ticket.",
        "Nur der Verfasser oder jemand mit tickets.manage bearbeitet ein Ticket.");

    public static readonly ProblemMessage CommentingNotAllowed = Forbidden(
        "commenting_not_allowed",
        "Commenting needs tickets.create or tickets.manage.",
        "Kommentieren erfordert tickets.create oder tickets.manage.");

    public static readonly ProblemMessage ChangedMeanwhile = new(
        "ticket_changed_meanwhile",
        new LocalizedText("The ticket changed meanwhile.", "Das Ticket wurde inzwischen geändert."),
        new LocalizedText(
            "Someone else changed this ticket at the same time; load it again.",
            "Jemand anderes hat dieses Ticket zur selben Zeit geändert; laden Sie es erneut."));

    private static readonly LocalizedText OnlyClosedArchived = new("Only closed tickets are archived.", "Nur geschlossene Tickets werden archiviert.");

    /// <summary>{0}: the ticket's status, as the API names it.</summary>
    public static readonly ProblemMessage NotClosed = new(
        "ticket_not_closed", OnlyClosedArchived, new LocalizedText("This ticket is {0}.", "Dieses Ticket hat den Status „{0}“."));

    public static readonly ProblemMessage ArchivedAlready = new(
        "ticket_archived_already", OnlyClosedArchived, new LocalizedText("This ticket is archived already.", "Dieses Ticket ist bereits archiviert."));

    public static readonly FieldMessage AssignAndUnassign = new(
        "assign_and_unassign", "Either assign or unassign, not both.", "Entweder zuweisen oder die Zuweisung aufheben, nicht beides.");

    public static readonly FieldMessage NotProviderStaff = new(
        "not_provider_staff", "Not a member of the provider's staff.", "Kein Mitarbeiter des Dienstleisters.");

    public static readonly FieldMessage DeviceOrObjectRequired = new(
        "device_or_object_required",
        "A ticket is about a device or an object: give deviceId or objectId.",
        "Ein Ticket betrifft ein Gerät oder ein Objekt: Geben Sie deviceId oder objectId an.");

    public static readonly FieldMessage DeviceAtAnotherObject = new(
        "device_at_another_object", "The device is at another object.", "Das Gerät steht an einem anderen Objekt.");

    public static readonly FieldMessage CursorNotOfThisList = new(
        "cursor_not_of_this_list",
        "Not a position in this list: use the 'next' of a page sorted the same way, or start from the first page.",
        "Keine Position in dieser Liste: Verwenden Sie „next“ einer gleich sortierten Seite oder beginnen Sie auf der ersten Seite.");

    public static readonly FieldMessage PageAndCursor = new(
        "page_and_cursor", "Either page or after, not both.", "Entweder page oder after, nicht beides.");

    private static ProblemMessage Forbidden(string code, string english, string german) =>
        new(code, AssetsProblems.ForbiddenTitle, new LocalizedText(english, german));
}
