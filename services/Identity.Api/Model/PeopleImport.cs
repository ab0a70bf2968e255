namespace Identity.Api.Model;

/// <summary>
/// An import of people from a file into an organization: a job the import worker works through row by row
/// (<see cref="PeopleImportRow"/>). The job's row is locked while a batch is processed, so one worker at a time
/// moves it on, and a worker that dies leaves it to the next.
/// </summary>
public sealed class PeopleImport
{
    public const int FileNameMaxLength = 255;

    public Guid Id { get; init; }
    public Guid OrganizationId { get; init; }

    /// <summary>Whose rights the rows are imported with: checked again for every batch.</summary>
    public Guid StartedByUserId { get; init; }
    public Guid? ImpersonatorUserId { get; init; }
    public required string FileName { get; init; }

    /// <summary>The language of the person who started it: people the file gives none for get it.</summary>
    public required string Language { get; init; }

    /// <summary>One of <see cref="PeopleImportStatus"/>.</summary>
    public string Status { get; set; } = PeopleImportStatus.Running;
    public int TotalRows { get; init; }
    public int ProcessedRows { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Refused { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; set; }
}

public static class PeopleImportStatus
{
    public const string Running = "running";
    public const string Completed = "completed";
}

/// <summary>A row of an import's file: its cells as read, and once processed what became of it.</summary>
public sealed class PeopleImportRow
{
    public Guid ImportId { get; init; }

    /// <summary>The row in the file (the header is row 1).</summary>
    public int Row { get; init; }

    /// <summary>The cells by column key, as JSON: the row is planned again when it is processed.</summary>
    public required string Cells { get; init; }
    public int ExtraFields { get; init; }

    /// <summary>Null until processed; then one of the row actions (create, update, unchanged, refused).</summary>
    public string? Outcome { get; set; }
    public List<string> Changes { get; set; } = [];
    public Guid? UserId { get; set; }

    /// <summary>Why a refused row was refused, as JSON (field, code and the words in both languages).</summary>
    public string? Problems { get; set; }
}
