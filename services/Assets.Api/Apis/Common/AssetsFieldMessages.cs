using Portal.ServiceDefaults.Errors;

namespace Assets.Api.Apis.Common;

/// <summary>Why a field is refused, for checks several areas of the assets API share.</summary>
public static class AssetsFieldMessages
{
    public static readonly FieldMessage NotABoolean = new("not_a_boolean", "Must be true or false.", "Muss true oder false sein.");

    public static readonly FieldMessage PageOutOfRange = new(
        "page_out_of_range", "Must be a whole number from 1.", "Muss eine ganze Zahl ab 1 sein.");

    /// <summary>{0}: the largest page size.</summary>
    public static readonly FieldMessage PageSizeOutOfRange = new(
        "page_size_out_of_range", "Must be a whole number from 1 to {0}.", "Muss eine ganze Zahl von 1 bis {0} sein.");

    /// <summary>{0}: the sort keys, comma-separated.</summary>
    public static readonly FieldMessage UnknownSortKey = new(
        "unknown_sort_key",
        "Must be one of: {0} (prefix '-' for descending).",
        "Muss einer dieser Werte sein: {0} (mit vorangestelltem „-“ absteigend).");

    public static readonly FieldMessage DepartmentNotFound = new(
        "department_not_found", "No department of the provider with this id.", "Keine Abteilung des Dienstleisters mit dieser ID.");
}
