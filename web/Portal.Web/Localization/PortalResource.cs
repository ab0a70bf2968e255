namespace Portal.Web.Localization;

/// <summary>
/// The anchor of the texts of the account security, objects, video session and team pages:
/// PortalResource.resx (English) and PortalResource.de.resx.
/// </summary>
public sealed class PortalResource;
