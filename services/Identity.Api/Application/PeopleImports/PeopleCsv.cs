using Identity.Api.Model;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application.PeopleImports;

/// <summary>
/// The files the import hands out: the export of an organization's people in the import's own format (so an
/// export, edited and imported again, is a round trip) and an import's result, both written for a spreadsheet in the
/// reader's language (<see cref="SpreadsheetCsv"/>).
/// </summary>
public static class PeopleCsv
{
    private static readonly LocalizedText ExportName = new("people", "personen");
    private static readonly LocalizedText ResultName = new("result", "ergebnis");
    private static readonly LocalizedText RowHeading = new("Row", "Zeile");
    private static readonly LocalizedText ResultHeading = new("Result", "Ergebnis");
    private static readonly LocalizedText ChangesHeading = new("Changes", "Änderungen");
    private static readonly LocalizedText ReasonHeading = new("Reason", "Grund");
    private static readonly LocalizedText Created = new("created", "angelegt");
    private static readonly LocalizedText Updated = new("updated", "geändert");
    private static readonly LocalizedText Unchanged = new("unchanged", "unverändert");
    private static readonly LocalizedText Refused = new("refused", "abgelehnt");
    private static readonly LocalizedText Pending = new("not yet imported", "noch nicht importiert");

    public static string ExportSuffix(string language) => ExportName.In(language);

    public static string ResultSuffix(string language) => ResultName.In(language);

    public static byte[] Export(IReadOnlyList<User> people, IReadOnlySet<Guid> invited, IReadOnlyList<CustomerObject> objects, string language) =>
        SpreadsheetCsv.Write(language, csv =>
        {
            foreach (var column in PeopleColumns.All)
            {
                csv.WriteField(column.Heading.In(language));
            }

            csv.NextRecord();
            foreach (var person in people)
            {
                csv.WriteField(person.Salutation ?? "");
                csv.WriteField(person.FirstName);
                csv.WriteField(person.LastName);
                csv.WriteField(person.Email);
                // The address is the account name unless someone chose another: left empty, it stays as it is.
                csv.WriteField(string.Equals(person.UserName, person.Email, StringComparison.OrdinalIgnoreCase) ? "" : person.UserName);
                csv.WriteField(person.Language);
                csv.WriteField(PeopleVocabulary.RoleName(person.Role, language));
                csv.WriteField(List(person.PortalAreas.Select(a => PeopleVocabulary.AreaName(a, language)), language));
                csv.WriteField(ObjectsOf(person, objects, language));
                csv.WriteField(List(person.EmailCategories.Select(c => PeopleVocabulary.CategoryName(c, language)), language));
                csv.WriteField(PeopleVocabulary.AccessName(person.HasAccess || invited.Contains(person.Id), language));
                csv.NextRecord();
            }
        });

    public static byte[] Result(IReadOnlyList<PeopleImportRow> rows, string language) =>
        SpreadsheetCsv.Write(language, csv =>
        {
            foreach (var heading in new[] { RowHeading.In(language), Heading(PeopleColumns.Email, language), Heading(PeopleColumns.FirstName, language),
                Heading(PeopleColumns.LastName, language), ResultHeading.In(language), ChangesHeading.In(language), ReasonHeading.In(language) })
            {
                csv.WriteField(heading);
            }

            csv.NextRecord();
            foreach (var stored in rows)
            {
                var row = StoredRows.ToRow(stored);
                csv.WriteField(stored.Row);
                csv.WriteField(row[PeopleColumns.Email] ?? "");
                csv.WriteField(row[PeopleColumns.FirstName] ?? "");
                csv.WriteField(row[PeopleColumns.LastName] ?? "");
                csv.WriteField(OutcomeName(stored.Outcome).In(language));
                csv.WriteField(string.Join(", ", stored.Changes.Select(c => Heading(c, language))));
                csv.WriteField(string.Join("; ", StoredRows.ProblemsOf(stored).Select(p => $"{Heading(p.Field, language)}: {p.Message.Text.In(language)}")));
                csv.NextRecord();
            }
        });

    private static LocalizedText OutcomeName(string? outcome) => outcome switch
    {
        RowActions.Create => Created,
        RowActions.Update => Updated,
        RowActions.Unchanged => Unchanged,
        RowActions.Refused => Refused,
        _ => Pending,
    };

    private static string Heading(string column, string language) =>
        PeopleColumns.All.FirstOrDefault(c => c.Key == column)?.Heading.In(language) ?? RowHeading.In(language);

    private static string List(IEnumerable<string> names, string language)
    {
        var list = string.Join(", ", names);
        return list.Length == 0 ? PeopleVocabulary.NoneName(language) : list;
    }

    /// <summary>By name where the name says which object (one of its kind, no separator in it), else by id; "all" for no limit.</summary>
    private static string ObjectsOf(User person, IReadOnlyList<CustomerObject> objects, string language)
    {
        if (person.ObjectIds.Count == 0)
        {
            return PeopleVocabulary.AllName(language);
        }

        return string.Join(" | ", person.ObjectIds.Select(id =>
        {
            var name = objects.FirstOrDefault(o => o.Id == id)?.Name?.Trim();
            var unique = name is { Length: > 0 } && !name.Contains('|', StringComparison.Ordinal)
                && objects.Count(o => o.ArchivedAt is null && string.Equals(o.Name?.Trim(), name, StringComparison.OrdinalIgnoreCase)) == 1;
            return unique ? name! : id.ToString();
        }));
    }
}
