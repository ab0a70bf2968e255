namespace Portal.Web.Localization;

/// <summary>
/// The anchor of MudBlazor's own texts (pager buttons, "Loading…", date picker, dialogs' close button):
/// MudResource.resx (English, MudBlazor's words) and MudResource.de.resx, under MudBlazor's keys.
/// </summary>
public sealed class MudResource;
