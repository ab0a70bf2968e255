namespace Portal.ServiceDefaults.Text;

/// <summary>
/// The characters no text Portal stores may hold: the C0 controls and DEL, except tab and line breaks.
/// PostgreSQL refuses NUL outright (a 500 once it got that far), and the others are invisible in every
/// page and e-mail, which makes them a tool for spoofing names rather than something a person types.
/// </summary>
public static class ControlCharacters
{
    /// <summary>
    /// The JSON converter's refusal, recognised by the exception handler, which answers with
    /// <see cref="Errors.CommonFieldMessages.ControlCharacter"/> in the caller's language.
    /// </summary>
    public const string Refusal = "The text holds a control character, which is not allowed.";

    public static bool AreIn(ReadOnlySpan<char> text)
    {
        foreach (var character in text)
        {
            if (IsRefused(character))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRefused(char character) =>
        character is (< ' ' and not ('\t' or '\n' or '\r')) or '\u007f';
}
