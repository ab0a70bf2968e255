using System.Globalization;
using System.Text;

namespace PeopleImport.Benchmarks;

/// <summary>
/// A people file as a provider would upload it for a large customer: English headings, one person per line with a
/// unique address, every one invited, with a few different portal areas, e-mail categories and both languages.
/// Deterministic for a given tag and row count.
/// </summary>
public static class PeopleFileGenerator
{
    public const string Header = "Salutation,First name,Last name,E-mail,Account name,Language,Role,Portal areas,Objects,E-mail categories,Access";

    private static readonly string[] FirstNames = ["Mara", "Jonas", "Eva", "Lukas", "Anna", "Felix", "Lea", "Paul", "Sophie", "Noah", "Emma", "Elias"];
    private static readonly string[] LastNames = ["Schulz", "Becker", "Roth", "Wagner", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Braun"];
    private static readonly string[] Salutations = ["Ms", "Mr", ""];
    private static readonly string[] Languages = ["de", "en"];
    private static readonly string[] PortalAreas = ["dashboard|tickets", "dashboard|devices|tickets", "tickets", "dashboard|objects|devices|tickets"];
    private static readonly string[] EmailCategories = ["tickets", "devices|tickets", "codes", "tickets|videoSessions"];

    public static byte[] Create(string tag, int rows)
    {
        var text = new StringBuilder(rows * 120);
        text.Append(Header).Append("\r\n");
        for (var i = 1; i <= rows; i++)
        {
            var first = FirstNames[i % FirstNames.Length];
            var last = LastNames[i / FirstNames.Length % LastNames.Length];
            // Every tenth person a moderator, the others members: what the provider may grant (provider staff).
            var role = i % 10 == 0 ? "moderator" : "member";
            text.Append(CultureInfo.InvariantCulture,
                $"{Salutations[i % Salutations.Length]},{first},{last},{Email(tag, i, first, last)},,{Languages[i % Languages.Length]},{role},{PortalAreas[i % PortalAreas.Length]},,{EmailCategories[i / 3 % EmailCategories.Length]},invite\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A file of one person, not part of the measured file: to find out whether identity knows the customer yet.</summary>
    public static byte[] Probe(string tag) =>
        Encoding.UTF8.GetBytes($"{Header}\r\n,Probe,Person,probe-{tag}@bench.example,,en,member,,,,invite\r\n");

    private static string Email(string tag, int i, string first, string last) =>
        $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}.{i.ToString("D5", CultureInfo.InvariantCulture)}@{tag}.bench.example";
}
