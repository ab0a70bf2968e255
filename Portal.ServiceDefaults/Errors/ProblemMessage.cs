using Portal.ServiceDefaults.Localization;

namespace Portal.ServiceDefaults.Errors;

/// <summary>
/// What went wrong, as a client reads it: a stable <see cref="Code"/> to act on (never translated, never
/// reworded), and the words to show a person in their language: a short <see cref="Title"/> and, where it
/// helps, a <see cref="Detail"/> that says what to do.
/// </summary>
public sealed record ProblemMessage(string Code, LocalizedText Title, LocalizedText? Detail = null)
{
    public ProblemMessage(string code, string englishTitle, string germanTitle)
        : this(code, new LocalizedText(englishTitle, germanTitle))
    {
    }

    /// <summary>The same problem with the detail's placeholders filled (<see cref="LocalizedText.Format"/>).</summary>
    public ProblemMessage WithDetail(params object?[] args) => this with { Detail = Detail?.Format(args) };

    /// <summary>The words that explain a field named in the problem: the detail, else the title.</summary>
    public LocalizedText Explanation => Detail ?? Title;
}
