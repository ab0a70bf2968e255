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
    };

    /// <summary>A value assets added after these words were written shows as it is rather than not at all.</summary>
    public static string Of(string value, string language) =>
        Words.TryGetValue(value, out var words) ? (language == "en" ? words.En : words.De) : value;
}
