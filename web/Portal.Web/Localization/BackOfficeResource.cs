namespace Portal.Web.Localization;

/// <summary>
/// The anchor of the back office's own texts ("view as", audit log, departments):
/// BackOfficeResource.resx (English) and BackOfficeResource.de.resx.
/// </summary>
public sealed class BackOfficeResource;
