namespace Notifications.Api.Mailing;

/// <summary>The words for assets' status and priority values in the recipient's language (DOMAIN.md glossary).</summary>
public static class Labels
{
    private static readonly Dictionary<string, (string De, string En)> Words = new(StringComparer.Ordinal)
    {
        // Tickets
        ["open"] = ("Offen", "Open"),
        ["in_progress"] = ("In Bearbeitung", "In progress"),
        ["resolved"] = ("Gelöst", "Resolved"),
        ["closed"] = ("Geschlossen", "Closed"),
        ["low"] = ("Niedrig", "Low"),
        ["normal"] = ("Normal", "Normal"),
        ["high"] = ("Hoch", "High"),
        ["urgent"] = ("Dringend", "Urgent"),

        // Devices
        ["operational"] = ("In Betrieb", "Operational"),
        ["warning"] = ("Warnung", "Warning"),
        ["fault"] = ("Störung", "Fault"),
        ["offline"] = ("Offline", "Offline"),
        ["decommissioned"] = ("Außer Betrieb", "Decommissioned"),

        // Video sessions
        ["scheduled"] = ("Geplant", "Scheduled"),
        ["live"] = ("Läuft", "Live"),
        ["ended"] = ("Beendet", "Ended"),
        ["cancelled"] = ("Abgesagt", "Cancelled"),

        // Support access
        ["support-access.read-only"] = ("nur lesen", "read-only"),
        ["support-access.full"] = ("voller Zugriff (auch ändern)", "full access (may also change things)"),
    };

    /// <summary>A value assets added after these words were written shows as it is rather than not at all.</summary>
    public static string Of(string value, string language) =>
        Words.TryGetValue(value, out var words) ? (language == "en" ? words.En : words.De) : value;

    /// <summary>A length of time in minutes as people say it: "90 minutes" is "1 h 30 min".</summary>
    public static string Duration(int minutes, string language)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        var hourWord = language == "en" ? (hours == 1 ? "hour" : "hours") : (hours == 1 ? "Stunde" : "Stunden");
        return (hours, rest) switch
        {
            (0, _) => language == "en" ? $"{rest} minutes" : $"{rest} Minuten",
            (_, 0) => $"{hours} {hourWord}",
            _ => $"{hours} h {rest} min",
        };
    }
}
