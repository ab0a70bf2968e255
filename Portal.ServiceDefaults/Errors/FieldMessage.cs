using Portal.ServiceDefaults.Localization;

namespace Portal.ServiceDefaults.Errors;

/// <summary>Why a field was refused: a stable <see cref="Code"/> and the words, in both languages.</summary>
public sealed record FieldMessage(string Code, LocalizedText Text)
{
    public FieldMessage(string code, string english, string german) : this(code, new LocalizedText(english, german))
    {
    }

    /// <summary>The same reason with its placeholders filled (<see cref="LocalizedText.Format"/>).</summary>
    public FieldMessage Format(params object?[] args) => this with { Text = Text.Format(args) };
}
