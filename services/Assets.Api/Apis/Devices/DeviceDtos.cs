using Assets.Api.Model;
using Portal.ServiceDefaults.OpenApi;

namespace Assets.Api.Apis.Devices;

[OpenApiExample("""
    { "objectId": "0193f1a0-0000-7000-8000-00000000b001", "name": "Door controller, main entrance", "serialNumber": "DC-4711-0815", "model": "AX-200", "status": "operational", "installedOn": "2026-03-01", "nextServiceOn": "2027-03-01" }
    """)]
public sealed record CreateDeviceRequest(
    Guid? CustomerId, Guid? ObjectId, string? Name, string? SerialNumber, string? Model, [property: OneOf(typeof(DeviceStatuses))] string? Status, DateOnly? InstalledOn, DateOnly? NextServiceOn);

/// <summary>Only the fields sent change.</summary>
public sealed record UpdateDeviceRequest(
    Guid? ObjectId, string? Name, string? SerialNumber, string? Model, [property: OneOf(typeof(DeviceStatuses))] string? Status, DateOnly? InstalledOn, DateOnly? NextServiceOn);

public sealed record DeviceResponse(
    Guid Id, Guid CustomerId, Guid ObjectId, string Name, string? SerialNumber, string? Model, [property: OneOf(typeof(DeviceStatuses))] string Status,
    DateOnly? InstalledOn, DateOnly? NextServiceOn, string Code, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool Archived)
{
    public static DeviceResponse From(Device d) => new(
        d.Id, d.CustomerId, d.ObjectId, d.Name, d.SerialNumber, d.Model, d.Status, d.InstalledOn, d.NextServiceOn, d.Code, d.CreatedAt, d.UpdatedAt, d.ArchivedAt != null);
}

public sealed record DeviceListParameters(
    string? Page, string? PageSize, string? Sort, string? Text, [property: OneOf(typeof(DeviceStatuses))] string? Status, string? ObjectId, string? CustomerId, string? Archived);
