using System.Globalization;
using Identity.Api.Model;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>
/// The audit log as a CSV file (<c>GET /api/identity/audit/export</c>) in the reader's language
/// (<see cref="SpreadsheetCsv"/>): headings, categories and actions in their words, times in ISO 8601 UTC, people
/// by their current name (by id once their data was erased). Names and details are what people typed, so a value a
/// spreadsheet would run as a formula is written as text.
/// </summary>
public static class AuditCsv
{
    private static readonly LocalizedText TimeHeading = new("Time (UTC)", "Zeitpunkt (UTC)");
    private static readonly LocalizedText CategoryHeading = new("Category", "Kategorie");
    private static readonly LocalizedText ActionHeading = new("Action", "Aktion");
    private static readonly LocalizedText ActorHeading = new("By", "Von");
    private static readonly LocalizedText SubjectHeading = new("Concerning", "Betrifft");
    private static readonly LocalizedText ImpersonatorHeading = new("Viewed as by", "Angesehen von");
    private static readonly LocalizedText IpAddressHeading = new("IP address", "IP-Adresse");
    private static readonly LocalizedText DetailsHeading = new("Details", "Details");

    private static readonly LocalizedText[] Headings =
        [TimeHeading, CategoryHeading, ActionHeading, ActorHeading, SubjectHeading, ImpersonatorHeading, IpAddressHeading, DetailsHeading];

    public static byte[] Write(IReadOnlyList<AuditEntry> entries, IReadOnlyDictionary<Guid, string> names, string language) =>
        SpreadsheetCsv.Write(language, csv =>
        {
            foreach (var heading in Headings)
            {
                csv.WriteField(heading.In(language));
            }

            csv.NextRecord();
            foreach (var entry in entries)
            {
                var action = AuditCatalog.Of(entry.Action);
                csv.WriteField(entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                csv.WriteField(action is null ? "" : AuditCatalog.CategoryName(action.Category).In(language));
                csv.WriteField(action?.Name.In(language) ?? entry.Action);
                csv.WriteField(Person(entry.ActorUserId, names));
                csv.WriteField(Person(entry.SubjectUserId, names));
                csv.WriteField(Person(entry.ImpersonatorUserId, names));
                csv.WriteField(entry.IpAddress ?? "");
                csv.WriteField(entry.DetailsIn(language) ?? "");
                csv.NextRecord();
            }
        }, escapeFormulas: true);

    private static string Person(Guid? id, IReadOnlyDictionary<Guid, string> names) =>
        id is { } known ? names.GetValueOrDefault(known) ?? known.ToString() : "";
}
