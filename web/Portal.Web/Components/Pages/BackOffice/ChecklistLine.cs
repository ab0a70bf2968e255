namespace Portal.Web.Components.Pages.BackOffice;

/// <summary>One editable checklist line; a class so that a text field binds to it across reordering.</summary>
public sealed class ChecklistLine(string? text)
{
    public string? Text { get; set; } = text;
}
