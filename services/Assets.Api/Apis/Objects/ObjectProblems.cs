using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Assets.Api.Apis.Objects;

/// <summary>Why an object (a customer's site) cannot be changed as asked.</summary>
public static class ObjectProblems
{
    public static readonly ProblemMessage ArchivedAlready = new(
        "object_archived_already",
        new LocalizedText("Already archived.", "Bereits archiviert."),
        new LocalizedText("This object is archived already.", "Dieses Objekt ist bereits archiviert."));

    public static readonly ProblemMessage HasDevices = new(
        "object_has_devices",
        new LocalizedText("The object has devices.", "Das Objekt hat Geräte."),
        new LocalizedText("Archive or move its devices first.", "Archivieren oder verschieben Sie zuerst seine Geräte."));
}
