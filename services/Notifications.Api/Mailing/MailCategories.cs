using Notifications.Api.Model;
using Portal.Contracts.Identity;

namespace Notifications.Api.Mailing;

/// <summary>
/// The business e-mail categories a user switches on and off (names as in the preferences API), and
/// the portal area a user must be allowed to open to hear about each.
/// </summary>
public static class MailCategories
{
    public const string Devices = "devices";
    public const string Tickets = "tickets";
    public const string VideoSessions = "videoSessions";
    public const string Codes = "codes";

    public static readonly IReadOnlyList<string> All = [Devices, Tickets, VideoSessions, Codes];

    /// <summary>Codes belong to devices: whoever may not open the devices area hears nothing of codes.</summary>
    public static string PortalAreaOf(string category) => category switch
    {
        Devices or Codes => PortalAreas.Devices,
        Tickets => PortalAreas.Tickets,
        VideoSessions => PortalAreas.VideoSessions,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a mail category."),
    };

    public static bool IsOn(NotificationPreferences? preferences, string category) => preferences is null || category switch
    {
        Devices => preferences.Devices,
        Tickets => preferences.Tickets,
        VideoSessions => preferences.VideoSessions,
        Codes => preferences.Codes,
        _ => false,
    };

    public static void SwitchOff(NotificationPreferences preferences, string category)
    {
        switch (category)
        {
            case Devices: preferences.Devices = false; break;
            case Tickets: preferences.Tickets = false; break;
            case VideoSessions: preferences.VideoSessions = false; break;
            case Codes: preferences.Codes = false; break;
            default: throw new ArgumentOutOfRangeException(nameof(category), category, "Not a mail category.");
        }
    }
}
