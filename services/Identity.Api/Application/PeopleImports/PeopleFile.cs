using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Application.PeopleImports;

/// <summary>One person's line of the file: its row (the header is row 1, as a spreadsheet counts) and the cells by column key.</summary>
public sealed record PersonRow(int Row, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The cell's text, trimmed; null when the cell is empty or the file has no such column.</summary>
    public string? this[string column] => Cells.TryGetValue(column, out var value) && value.Trim().Length > 0 ? value.Trim() : null;

    /// <summary>Fields beyond the header's columns: the row is refused rather than guessed at.</summary>
    public int ExtraFields { get; init; }
}

/// <summary>A people file read into rows, or why it cannot be read at all (problems of the field <c>file</c>).</summary>
public sealed record PeopleFile(string FileName, char Delimiter, IReadOnlyList<string> Columns, IReadOnlyList<PersonRow> Rows)
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 10_000;

    /// <summary>Reads <paramref name="bytes"/> with CsvHelper; <paramref name="refused"/> says why a file is not one.</summary>
    public static PeopleFile? Read(string fileName, byte[] bytes, out FieldErrors? refused)
    {
        refused = null;
        if (bytes.Length > MaxBytes)
        {
            refused = FieldErrors.Of("file", PeopleImportMessages.FileTooLarge.Format(MaxBytes / 1024 / 1024));
            return null;
        }

        var text = PeopleFileText.Decode(bytes);
        // A spreadsheet (.xlsx is a zip) or another binary file: not something to read row by row.
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            refused = FieldErrors.Of("file", PeopleImportMessages.Unreadable.Format(1));
            return null;
        }

        var delimiter = PeopleFileText.DetectDelimiter(text);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            // Blank lines are skipped below, so that Row stays the spreadsheet's row number.
            IgnoreBlankLines = false,
            // A stray quote inside a cell is taken as written: people files come from spreadsheets, not from RFC 4180.
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var parser = new CsvParser(new StringReader(text), configuration);
        if (!parser.Read() || parser.Record is not { } header || header.All(string.IsNullOrWhiteSpace))
        {
            refused = FieldErrors.Of("file", PeopleImportMessages.FileEmpty);
            return null;
        }

        var columns = ColumnsOf(header, out refused);
        if (columns is null)
        {
            return null;
        }

        var rows = new List<PersonRow>();
        while (parser.Read())
        {
            var record = parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                refused = FieldErrors.Of("file", PeopleImportMessages.TooManyRows.Format(MaxRows));
                return null;
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count && i < record.Length; i++)
            {
                cells[columns[i]] = record[i];
            }

            var extra = record.Skip(columns.Count).Count(f => !string.IsNullOrWhiteSpace(f));
            rows.Add(new PersonRow(parser.Row, cells) { ExtraFields = extra > 0 ? record.Length : 0 });
        }

        if (rows.Count == 0)
        {
            refused = FieldErrors.Of("file", PeopleImportMessages.FileEmpty);
            return null;
        }

        return new PeopleFile(fileName, delimiter, columns, rows);
    }

    private static List<string>? ColumnsOf(string[] header, out FieldErrors? refused)
    {
        refused = null;
        var columns = new List<string>();
        var unknown = new List<string>();
        var errors = new FieldErrors();
        foreach (var heading in header)
        {
            if (PeopleColumns.Named(heading) is not { } column)
            {
                // Excel leaves empty headings after the last column when cells beyond it were ever touched.
                if (heading.Trim().Length > 0)
                {
                    unknown.Add(heading.Trim());
                }

                columns.Add("");
                continue;
            }

            if (columns.Contains(column.Key))
            {
                errors.Add("file", PeopleImportMessages.ColumnTwice.Format(heading.Trim()));
            }

            columns.Add(column.Key);
        }

        var every = PeopleColumns.Headings(PeopleColumns.All);
        if (unknown.Count > 0)
        {
            errors.Add("file", PeopleImportMessages.UnknownColumns.Format(string.Join(", ", unknown), every));
        }

        var missing = PeopleColumns.All.Where(c => c.Required && !columns.Contains(c.Key)).ToList();
        if (missing.Count > 0)
        {
            errors.Add("file", PeopleImportMessages.MissingColumns.Format(PeopleColumns.Headings(missing), every));
        }

        if (errors.Any)
        {
            refused = errors;
            return null;
        }

        return columns;
    }
}
