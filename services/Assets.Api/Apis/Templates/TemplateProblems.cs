using Portal.ServiceDefaults.Errors;

namespace Assets.Api.Apis.Templates;

/// <summary>Why a template's fields are refused.</summary>
public static class TemplateProblems
{
    /// <summary>{0}: the most items.</summary>
    public static readonly FieldMessage ItemsInvalid = new(
        "items_invalid", "At most {0} items of 1 to 500 characters each.", "Höchstens {0} Einträge mit je 1 bis 500 Zeichen.");

    public static readonly FieldMessage ChecklistWithoutItems = new(
        "checklist_without_items", "A checklist needs at least one item.", "Eine Checkliste braucht mindestens einen Eintrag.");
}
