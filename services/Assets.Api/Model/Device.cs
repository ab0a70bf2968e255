namespace Assets.Api.Model;

public sealed class Device : IScopedAsset
{
    public const int NameMaxLength = 200;
    public const int SerialNumberMaxLength = 100;
    public const int ModelMaxLength = 200;

    public Guid Id { get; init; }
    public Guid ProviderId { get; init; }
    public Guid CustomerId { get; set; }
    public Guid ObjectId { get; set; }
    public required string Name { get; set; }
    public string? SerialNumber { get; set; }
    public string? Model { get; set; }
    public required string Status { get; set; }
    public DateOnly? InstalledOn { get; set; }
    public DateOnly? NextServiceOn { get; set; }

    /// <summary>What the device's QR code carries: random and unguessable (<see cref="DeviceCodes"/>).</summary>
    public required string Code { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>
    /// What <c>text=</c> looks in: name, serial number and model, lower-cased, kept by PostgreSQL (a stored generated
    /// column, <see cref="DeviceSearch"/>). Never written by the service.
    /// </summary>
    public string SearchText { get; private set; } = "";
}
