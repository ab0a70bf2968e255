using Identity.Api.Model;
using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Application.PeopleImports;

/// <summary>What happens to a row: a new person, changes to one who exists, nothing, or nothing because of problems.</summary>
public static class RowActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Unchanged = "unchanged";
    public const string Refused = "refused";
}

/// <summary>Why a row, or one of its cells, cannot be imported: the column and the reason.</summary>
public sealed record RowProblem(string Field, FieldMessage Message);

/// <summary>The person a row describes, with every default filled in.</summary>
public sealed record DesiredPerson(
    string? Salutation,
    string FirstName,
    string LastName,
    string Email,
    string AccountName,
    string Language,
    string Role,
    List<string> PortalAreas,
    List<Guid> ObjectIds,
    List<string>? EmailCategories);

/// <summary>
/// The plan for one row. <see cref="Existing"/> is the person found by e-mail in the organization; <see cref="Changes"/>
/// names the columns that would change for them (<c>access</c>: an invitation would be sent).
/// </summary>
public sealed record PersonPlan(
    PersonRow Source,
    string Action,
    bool Invite,
    IReadOnlyList<string> Changes,
    IReadOnlyList<RowProblem> Problems,
    DesiredPerson? Person,
    User? Existing)
{
    public string Email => Source[PeopleColumns.Email] ?? "";
}
