using System.Text.Json;
using Identity.Api.Model;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application.PeopleImports;

/// <summary>A row's problem as stored with the import: the words in both languages, so the result file speaks the reader's.</summary>
public sealed record StoredProblem(string Field, string Code, string English, string German)
{
    public RowProblem ToProblem() => new(Field, new FieldMessage(Code, new LocalizedText(English, German)));
}

/// <summary>Between <see cref="PeopleImportRow"/>'s JSON columns and the planner's rows and problems.</summary>
public static class StoredRows
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PeopleImportRow ToStored(Guid importId, PersonRow row) => new()
    {
        ImportId = importId,
        Row = row.Row,
        Cells = JsonSerializer.Serialize(row.Cells, Json),
        ExtraFields = row.ExtraFields,
    };

    public static PersonRow ToRow(PeopleImportRow stored) =>
        new(stored.Row, JsonSerializer.Deserialize<Dictionary<string, string>>(stored.Cells, Json)!) { ExtraFields = stored.ExtraFields };

    public static void Refuse(PeopleImportRow stored, IEnumerable<RowProblem> problems)
    {
        stored.Outcome = RowActions.Refused;
        stored.Problems = JsonSerializer.Serialize(
            problems.Select(p => new StoredProblem(p.Field, p.Message.Code, p.Message.Text.English, p.Message.Text.German)).ToList(), Json);
    }

    public static IReadOnlyList<RowProblem> ProblemsOf(PeopleImportRow stored) =>
        stored.Problems is null ? [] : [.. JsonSerializer.Deserialize<List<StoredProblem>>(stored.Problems, Json)!.Select(p => p.ToProblem())];
}
