using Portal.ServiceDefaults.Localization;

namespace Portal.ServiceDefaults.Errors;

/// <summary>What a value must be, in a client's words, for <see cref="CommonFieldMessages.WrongType"/>.</summary>
public static class ValueKinds
{
    public static readonly LocalizedText Id = new(
        "an id (a UUID such as 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f)", "eine ID (eine UUID wie 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f)");

    public static readonly LocalizedText DateTime = new(
        "a date and time (ISO 8601, such as 2026-12-04T09:30:00Z)", "ein Datum mit Uhrzeit (ISO 8601, etwa 2026-12-04T09:30:00Z)");

    public static readonly LocalizedText Date = new("a date (ISO 8601, such as 2026-12-04)", "ein Datum (ISO 8601, etwa 2026-12-04)");
    public static readonly LocalizedText WholeNumber = new("a whole number", "eine ganze Zahl");
    public static readonly LocalizedText Number = new("a number", "eine Zahl");
    public static readonly LocalizedText Boolean = new("true or false", "true oder false");
    public static readonly LocalizedText Text = new("a text", "ein Text");
    public static readonly LocalizedText List = new("a list", "eine Liste");
    public static readonly LocalizedText JsonObject = new("an object", "ein Objekt");
    public static readonly LocalizedText Other = new("a value of another kind", "ein Wert anderer Art");
}
