using System.Globalization;
using System.Text;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application.PeopleImports;

/// <summary>A column of the people file: its key, its heading in each language, and other headings people write for it.</summary>
public sealed record PeopleColumn(string Key, LocalizedText Heading, bool Required, params string[] OtherHeadings)
{
    /// <summary>Every heading that names this column, in the form <see cref="PeopleColumns.Normalize"/> gives.</summary>
    public IEnumerable<string> Names =>
        new[] { Key, Heading.English, Heading.German }.Concat(OtherHeadings).Select(PeopleColumns.Normalize);
}

/// <summary>
/// The columns of the import and export file (docs/people-import.md), in the order an export writes them.
/// Headings are matched without regard to case, spaces, hyphens and underscores, in English or German.
/// </summary>
public static class PeopleColumns
{
    public const string Salutation = "salutation";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string Email = "email";
    public const string AccountName = "accountName";
    public const string Language = "language";
    public const string Role = "role";
    public const string PortalAreas = "portalAreas";
    public const string Objects = "objects";
    public const string EmailCategories = "emailCategories";
    public const string Access = "access";

    public static readonly IReadOnlyList<PeopleColumn> All =
    [
        new(Salutation, new("Salutation", "Anrede"), false, "Title"),
        new(FirstName, new("First name", "Vorname"), true, "Given name"),
        new(LastName, new("Last name", "Nachname"), true, "Surname", "Family name", "Familienname"),
        new(Email, new("E-mail", "E-Mail"), true, "Email address", "E-mail address", "E-Mail-Adresse", "Mail"),
        new(AccountName, new("Account name", "Kontoname"), false, "Username", "User name", "Benutzername"),
        new(Language, new("Language", "Sprache"), false),
        new(Role, new("Role", "Rolle"), false),
        new(PortalAreas, new("Portal areas", "Portalbereiche"), false, "Areas", "Bereiche"),
        new(Objects, new("Objects", "Objekte"), false, "Sites", "Standorte"),
        new(EmailCategories, new("E-mail categories", "E-Mail-Kategorien"), false, "Email categories", "Categories", "Kategorien"),
        new(Access, new("Access", "Zugang"), false, "Zugriff"),
    ];

    /// <summary>The column a heading names, or null for a heading the import does not know.</summary>
    public static PeopleColumn? Named(string heading)
    {
        var name = Normalize(heading);
        return All.FirstOrDefault(c => c.Names.Contains(name));
    }

    /// <summary>The column with the key <paramref name="key"/> (one of the constants above).</summary>
    public static PeopleColumn WithKey(string key) => All.Single(c => c.Key == key);

    /// <summary>The headings of <paramref name="columns"/> in each language, for messages that list them.</summary>
    public static LocalizedText Headings(IEnumerable<PeopleColumn> columns) => LocalizedText.Join(", ", columns.Select(c => c.Heading));

    /// <summary>Lower case, letters and digits only, umlauts spelled out ("E-Mail-Kategorien" is "emailkategorien").</summary>
    public static string Normalize(string heading)
    {
        var text = new StringBuilder(heading.Length);
        foreach (var c in heading.Trim().ToLower(CultureInfo.InvariantCulture))
        {
            switch (c)
            {
                case 'ä': text.Append("ae"); break;
                case 'ö': text.Append("oe"); break;
                case 'ü': text.Append("ue"); break;
                case 'ß': text.Append("ss"); break;
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.ToString();
    }
}
