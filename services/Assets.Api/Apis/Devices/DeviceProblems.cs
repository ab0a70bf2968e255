using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Assets.Api.Apis.Devices;

/// <summary>Why a device cannot be registered or changed as asked.</summary>
public static class DeviceProblems
{
    public static readonly ProblemMessage ArchivedAlready = new(
        "device_archived_already",
        new LocalizedText("Already archived.", "Bereits archiviert."),
        new LocalizedText("This device is archived already.", "Dieses Gerät ist bereits archiviert."));

    public static readonly ProblemMessage SerialNumberTaken = new(
        "serial_number_taken",
        new LocalizedText("Serial number taken.", "Seriennummer vergeben."),
        new LocalizedText("Another device of the provider has this serial number.", "Ein anderes Gerät des Dienstleisters hat diese Seriennummer."));

    public static readonly FieldMessage ObjectOfAnotherCustomer = new(
        "object_of_another_customer", "The object belongs to another customer.", "Das Objekt gehört einem anderen Kunden.");
}
