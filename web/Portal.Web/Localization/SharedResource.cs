namespace Portal.Web.Localization;

/// <summary>The anchor of the app's texts: SharedResource.resx (English) and SharedResource.de.resx.</summary>
public sealed class SharedResource;
