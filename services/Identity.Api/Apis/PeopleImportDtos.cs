namespace Identity.Api.Apis;

/// <summary>What an import of the file would do, row by row; nothing is changed by it.</summary>
public sealed record PeopleImportPlanResponse(string FileName, int TotalRows, PeopleImportSummary Summary, IReadOnlyList<PlannedPersonResponse> Rows);

public sealed record PeopleImportSummary(int Create, int Update, int Unchanged, int Refused);

/// <summary>
/// A row of the file: <c>action</c> is create, update, unchanged or refused; <c>changes</c> names the columns that
/// would change for a person who exists (<c>access</c>: an invitation would be sent); <c>problems</c> say why a
/// refused row is refused, each at its column.
/// </summary>
public sealed record PlannedPersonResponse(
    int Row,
    string Email,
    string FirstName,
    string LastName,
    string Action,
    bool Invite,
    IReadOnlyList<string> Changes,
    IReadOnlyList<RowProblemResponse> Problems);

/// <summary>A reason a row is refused: the column (<c>row</c> for the row as a whole), a stable code and the words.</summary>
public sealed record RowProblemResponse(string Field, string Code, string Message);

/// <summary>An import job and how far it got.</summary>
public sealed record PeopleImportResponse(
    Guid Id,
    Guid OrganizationId,
    string FileName,
    string Status,
    int TotalRows,
    int ProcessedRows,
    int Created,
    int Updated,
    int Unchanged,
    int Refused,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);
