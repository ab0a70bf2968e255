using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Tenants.Api.Model;

/// <summary>Why a slug is refused or not available (<see cref="Slugs"/>).</summary>
public static class SlugMessages
{
    /// <summary>{0}, {1}: the fewest and the most characters.</summary>
    public static readonly FieldMessage WrongLength = new(
        "slug_length", "A slug has {0} to {1} characters.", "Ein Slug hat {0} bis {1} Zeichen.");

    public static readonly FieldMessage WrongShape = new(
        "slug_shape",
        "A slug has lower-case letters, digits and single dashes between them.",
        "Ein Slug besteht aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen dazwischen.");

    /// <summary>{0}: the slug.</summary>
    public static readonly FieldMessage Reserved = new("slug_reserved", "'{0}' is reserved.", "„{0}“ ist reserviert.");

    /// <summary>{0}: the fewest characters.</summary>
    public static readonly FieldMessage NotDerivable = new(
        "slug_not_derivable",
        "No slug of {0} or more characters can be made from this name; give one.",
        "Aus diesem Namen lässt sich kein Slug mit {0} oder mehr Zeichen bilden; geben Sie einen an.");

    private static readonly LocalizedText NotAvailable = new("This slug is not available.", "Dieser Slug ist nicht verfügbar.");

    /// <summary>{0}: the slug.</summary>
    public static readonly ProblemMessage Taken = new(
        "slug_taken", NotAvailable, new LocalizedText("The slug '{0}' is taken.", "Der Slug „{0}“ ist vergeben."));

    /// <summary>{0}: the slug (derived from the name, as a given one would be refused before).</summary>
    public static readonly ProblemMessage ReservedSlug = new("slug_reserved", NotAvailable, Reserved.Text);

    /// <summary>{0}: why the slug is not available; {1}: a free slug.</summary>
    public static readonly LocalizedText WithSuggestion = new("{0} '{1}' is free.", "{0} „{1}“ ist frei.");
}
