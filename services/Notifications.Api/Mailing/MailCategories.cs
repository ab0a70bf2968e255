using Notifications.Api.Model;
using Portal.Contracts.Identity;

namespace Notifications.Api.Mailing;

/// <summary>
/// The business e-mail categories a user switches on and off (names as in the preferences API), and
/// the portal area a user must be allowed to open to hear about each.
/// </summary>
public static class MailCategories
{
    public const string Devices = EmailCategories.Devices;
    public const string Tickets = EmailCategories.Tickets;
    public const string VideoSessions = EmailCategories.VideoSessions;
    public const string Codes = EmailCategories.Codes;

    public static readonly IReadOnlyList<string> All = EmailCategories.All;

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

    /// <summary>The categories that are on, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> On(NotificationPreferences preferences) => [.. All.Where(c => IsOn(preferences, c))];

    /// <summary>Exactly <paramref name="on"/> on, every other category off.</summary>
    public static void SwitchTo(NotificationPreferences preferences, IReadOnlyCollection<string> on)
    {
        preferences.Devices = on.Contains(Devices);
        preferences.Tickets = on.Contains(Tickets);
        preferences.VideoSessions = on.Contains(VideoSessions);
        preferences.Codes = on.Contains(Codes);
    }

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
