using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Assets;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.Apis.Devices;

/// <summary>Changing and archiving devices; a status change is its own event (notifications care most).</summary>
public static class DeviceUpdates
{
    public static async Task<Results<Ok<DeviceResponse>, ValidationProblem, ProblemHttpResult>> UpdateDevice(
        Guid id, UpdateDeviceRequest request, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var device = await db.Devices.VisibleTo(scope).FirstOrDefaultAsync(d => d.Id == id && d.ArchivedAt == null, cancellationToken);
        if (device is null)
        {
            return Problems.NotFound(NotFoundProblems.Device);
        }

        var errors = new ValidationErrors();
        var name = request.Name is null ? device.Name : errors.RequiredText("name", request.Name, Device.NameMaxLength);
        var serialNumber = request.SerialNumber is null ? device.SerialNumber : errors.OptionalText("serialNumber", request.SerialNumber, Device.SerialNumberMaxLength);
        var model = request.Model is null ? device.Model : errors.OptionalText("model", request.Model, Device.ModelMaxLength);
        var status = errors.OneOf("status", request.Status, DeviceStatuses.All) ?? device.Status;
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (request.ObjectId is { } objectId && objectId != device.ObjectId)
        {
            // Devices move between objects of the same customer only.
            var target = await db.Objects.AsNoTracking().VisibleTo(scope)
                .FirstOrDefaultAsync(o => o.Id == objectId && o.CustomerId == device.CustomerId && o.ArchivedAt == null, cancellationToken);
            if (target is null)
            {
                return Problems.NotFound(NotFoundProblems.Site);
            }

            device.ObjectId = target.Id;
        }

        var previousStatus = device.Status;
        device.Name = name;
        device.SerialNumber = serialNumber;
        device.Model = model;
        device.Status = status;
        device.InstalledOn = request.InstalledOn ?? device.InstalledOn;
        device.NextServiceOn = request.NextServiceOn ?? device.NextServiceOn;
        device.UpdatedAt = clock.GetUtcNow();

        if (previousStatus != status)
        {
            db.AddIntegrationEvent(new DeviceStatusChanged(device.Id, device.CustomerId, device.ObjectId, device.ProviderId, device.Name, previousStatus, status), clock);
        }

        if (db.Entry(device).Properties.Any(p => p.IsModified && p.Metadata.Name is not (nameof(Device.Status) or nameof(Device.UpdatedAt))))
        {
            db.AddIntegrationEvent(new DeviceUpdated(
                device.Id, device.CustomerId, device.ObjectId, device.ProviderId, device.Name, device.SerialNumber, device.Model, device.InstalledOn, device.NextServiceOn), clock);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DevicesApi.IsSerialNumberClash(ex))
        {
            return DevicesApi.SerialNumberTaken();
        }

        return TypedResults.Ok(DeviceResponse.From(device));
    }

    public static async Task<Results<Ok<DeviceResponse>, ProblemHttpResult>> ArchiveDevice(
        Guid id, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var device = await db.Devices.VisibleTo(scope).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (device is null)
        {
            return Problems.NotFound(NotFoundProblems.Device);
        }

        if (device.ArchivedAt is not null)
        {
            return Problems.Conflict(DeviceProblems.ArchivedAlready);
        }

        device.ArchivedAt = clock.GetUtcNow();
        device.UpdatedAt = device.ArchivedAt.Value;
        db.AddIntegrationEvent(new DeviceArchived(device.Id, device.CustomerId, device.ObjectId, device.ProviderId), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DeviceResponse.From(device));
    }

    /// <summary>A new code for the device; whoever kept the old one (a photo of the sticker) can no longer use it.</summary>
    public static async Task<Results<Ok<DeviceResponse>, ProblemHttpResult>> RegenerateCode(
        Guid id, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var device = await db.Devices.VisibleTo(scope).FirstOrDefaultAsync(d => d.Id == id && d.ArchivedAt == null, cancellationToken);
        if (device is null)
        {
            return Problems.NotFound(NotFoundProblems.Device);
        }

        device.Code = DeviceCodes.NewCode();
        device.UpdatedAt = clock.GetUtcNow();
        db.AddIntegrationEvent(new DeviceCodeRegenerated(device.Id, device.CustomerId, device.ObjectId, device.ProviderId, device.Code), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DeviceResponse.From(device));
    }
}
