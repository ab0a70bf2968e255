namespace Portal.Web.Api;

/// <summary>What a dry run (or the import itself) would do with each row of a people file; nothing is changed by it.</summary>
public sealed record PeopleImportPlanDto(string? FileName, int TotalRows, PeopleImportSummaryDto Summary, IReadOnlyList<PeopleImportRowDto> Rows);

/// <summary>How many rows of a file each action takes.</summary>
public sealed record PeopleImportSummaryDto(int Create, int Update, int Unchanged, int Refused);

/// <summary>
/// One person's row: <see cref="Row"/> is the line of the file the record starts on (the header is line 1);
/// <see cref="Action"/> is <c>create</c>, <c>update</c>, <c>unchanged</c> or <c>refused</c>; <see cref="Changes"/>
/// names the fields that would change, <see cref="Problems"/> why a row is refused.
/// </summary>
public sealed record PeopleImportRowDto(
    int Row, string? Email, string? FirstName, string? LastName, string Action, bool Invite,
    IReadOnlyList<string> Changes, IReadOnlyList<PeopleImportProblemDto> Problems);

/// <summary>Why a row is refused: the field (column), a stable code, and the message in the caller's language.</summary>
public sealed record PeopleImportProblemDto(string Field, string Code, string Message);

/// <summary>An import job: <see cref="Status"/> is <c>running</c> until every row is done, then <c>completed</c>.</summary>
public sealed record PeopleImportDto(
    Guid Id, Guid OrganizationId, string? FileName, string Status, int TotalRows, int ProcessedRows,
    int Created, int Updated, int Unchanged, int Refused, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);

/// <summary>A file the person chose in the browser, read once and sent as it is (to the dry run, then to the import).</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Content);

/// <summary>A file a service answered with, to hand on to the browser.</summary>
public sealed record DownloadedFile(string FileName, string ContentType, byte[] Content);
