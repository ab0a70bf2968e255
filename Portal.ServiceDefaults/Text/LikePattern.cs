namespace Portal.ServiceDefaults.Text;

/// <summary>
/// A search text as a LIKE/ILIKE pattern that matches it anywhere, its own % and _ taken literally. Queries must
/// name <see cref="EscapeCharacter"/>: Npgsql writes <c>ESCAPE ''</c> when none is given, and then the backslashes
/// below would be ordinary characters ("100%" would look for "100\").
/// </summary>
public static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Containing(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
