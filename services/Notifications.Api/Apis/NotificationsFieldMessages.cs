using Portal.ServiceDefaults.Errors;

namespace Notifications.Api.Apis;

/// <summary>Why a field of a request to the notifications API is refused.</summary>
public static class NotificationsFieldMessages
{
    public static readonly FieldMessage NotAUserId = new("not_a_user_id", "Not a user id (a GUID).", "Keine Benutzer-ID (GUID).");

    /// <summary>{0}: the mail statuses, comma-separated.</summary>
    public static readonly FieldMessage UnknownMailStatus = new("not_one_of", "One of: {0}.", "Einer dieser Werte: {0}.");

    public static readonly FieldMessage PageOutOfRange = new("page_out_of_range", "A page number from 1.", "Eine Seitenzahl ab 1.");

    public static readonly FieldMessage InvalidUnsubscribeLink = new(
        "invalid_unsubscribe_link",
        "Not a valid unsubscribe link: use the link from the e-mail unchanged.",
        "Kein gültiger Abmeldelink: Verwenden Sie den Link aus der E-Mail unverändert.");

    public static readonly FieldMessage CategoriesRequired = new(
        "categories_required",
        "Required: an object with devices, tickets, videoSessions and codes.",
        "Pflichtfeld: ein Objekt mit devices, tickets, videoSessions und codes.");

    public static readonly FieldMessage RequiredBoolean = new("required_boolean", "Required: true or false.", "Pflichtfeld: true oder false.");
}
