using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Assets.Api.Apis.VideoSessions;

/// <summary>Why a video session cannot be scheduled or changed as asked.</summary>
public static class VideoSessionProblems
{
    public static readonly ProblemMessage NotScheduled = new(
        "session_not_scheduled",
        new LocalizedText("The session is not scheduled any more.", "Die Sitzung ist nicht mehr geplant."),
        new LocalizedText("Only a scheduled session can be moved.", "Nur eine geplante Sitzung kann verschoben werden."));

    /// <summary>{0}: the most participants.</summary>
    public static readonly FieldMessage TooManyParticipants = new(
        "too_many_participants", "At most {0} participants.", "Höchstens {0} Teilnehmer.");

    /// <summary>{0}: the ids refused, comma-separated.</summary>
    public static readonly FieldMessage UnknownParticipants = new(
        "unknown_participants",
        "Not a person of this customer or of its provider's staff: {0}.",
        "Keine Person dieses Kunden oder aus dem Team seines Dienstleisters: {0}.");

    public static readonly FieldMessage TicketOrDeviceRequired = new(
        "ticket_or_device_required",
        "A video session is for a ticket or a device: give ticketId or deviceId.",
        "Eine Videositzung gehört zu einem Ticket oder einem Gerät: Geben Sie ticketId oder deviceId an.");

    public static readonly FieldMessage TicketAboutAnotherDevice = new(
        "ticket_about_another_device", "The ticket is about another device.", "Das Ticket betrifft ein anderes Gerät.");

    public static readonly FieldMessage StartRequired = new(
        "start_required", "Required: when the session starts (ISO-8601).", "Pflichtfeld: wann die Sitzung beginnt (ISO 8601).");

    public static readonly FieldMessage StartInThePast = new(
        "start_in_the_past", "Must not be in the past.", "Darf nicht in der Vergangenheit liegen.");

    public static readonly FieldMessage EndNotAfterStart = new(
        "end_not_after_start", "Must be after scheduledAt.", "Muss nach scheduledAt liegen.");

    public static readonly FieldMessage StartNotBeforeEnd = new(
        "start_not_before_end",
        "Must be before the session's end (endsAt); move both.",
        "Muss vor dem Ende der Sitzung (endsAt) liegen; verschieben Sie beides.");
}
