using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Infrastructure.EntityConfigurations;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Contracts.Assets;
using Portal.Contracts.Identity;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.Apis.Devices;

public static class DevicesApi
{
    private static readonly string[] SortKeys = ["name", "status", "createdAt", "nextServiceOn", "serialNumber"];

    public static RouteGroupBuilder MapDevicesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assets").WithTags("Devices").RequireAuthorization();

        api.MapGet("/devices", ListDevices).WithName("ListDevices").WithSummary("The devices the caller may see")
            .RequireAccess(ReadAccess.Devices);
        api.MapGet("/devices/{id:guid}", GetDevice).WithName("GetDevice").WithSummary("One device")
            .RequireAccess(ReadAccess.Devices);
        api.MapGet("/devices/{id:guid}/code.svg", DeviceCodeImage.Render).WithName("GetDeviceCodeImage").WithSummary("The device's QR code as SVG")
            .RequireAccess(ReadAccess.Devices);
        api.MapGet("/codes/{code}", ResolveCode).WithName("ResolveCode").WithSummary("The device a scanned code stands for")
            .RequireAccess(ReadAccess.Devices);
        api.MapPost("/devices", CreateDevice).ProducesProblem(StatusCodes.Status404NotFound).WithName("CreateDevice").WithSummary("Register a device at an object; it gets its code")
            .RequireAccess(Permissions.DevicesManage, PortalAreas.Devices);
        api.MapPatch("/devices/{id:guid}", DeviceUpdates.UpdateDevice).WithName("UpdateDevice").WithSummary("Change a device, its status or its object")
            .RequireAccess(Permissions.DevicesManage, PortalAreas.Devices);
        api.MapPost("/devices/{id:guid}/code", DeviceUpdates.RegenerateCode).WithName("RegenerateDeviceCode").WithSummary("Give the device a new code; the old one resolves no more")
            .RequireAccess(Permissions.DevicesManage, PortalAreas.Devices);
        api.MapPost("/devices/{id:guid}/archive", DeviceUpdates.ArchiveDevice).WithName("ArchiveDevice").WithSummary("Archive a device; its code resolves no more")
            .RequireAccess(Permissions.DevicesManage, PortalAreas.Devices);
        return api;
    }

    public static async Task<Results<Ok<PagedResponse<DeviceResponse>>, ValidationProblem>> ListDevices(
        [AsParameters] DeviceListParameters parameters, CallerScope scope, AssetsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var list = ListQuery.Parse(parameters.Page, parameters.PageSize, parameters.Sort, parameters.Text, SortKeys, defaultDescending: false, errors);
        var status = errors.OneOf("status", parameters.Status, DeviceStatuses.All);
        var objectId = errors.OptionalGuid("objectId", parameters.ObjectId);
        var customerId = errors.OptionalGuid("customerId", parameters.CustomerId);
        errors.OptionalBoolean("archived", parameters.Archived);

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var archived = parameters.Archived is "true";
        var query = db.Devices.AsNoTracking().VisibleTo(scope).Where(d => (d.ArchivedAt != null) == archived);
        if (status is not null)
        {
            query = query.Where(d => d.Status == status);
        }

        if (objectId is not null)
        {
            query = query.Where(d => d.ObjectId == objectId);
        }

        if (customerId is not null)
        {
            query = query.Where(d => d.CustomerId == customerId);
        }

        if (list.Text is { } text)
        {
            query = await DeviceSearch.MatchingAsync(query, text, scope, customerId, db, cancellationToken);
        }

        var total = CounterTotals.Answer(scope, archived, objectId is not null || list.Text is not null)
            ? await DeviceTotals.FromCountersAsync(db, scope, status, customerId, cancellationToken)
            : await ListTotal.CountAsync(query, cancellationToken);
        var page = Sorted(query, list).Skip(list.Skip).Take(list.PageSize);
        if (list.Text is not null)
        {
            // A search finds its page's ids first, then reads those rows: the ids come from walking an index that holds
            // the search text too (ix_devices_provider_name_search), without reading a device row per candidate. A word
            // in every fifth device sorted by name may pass tens of thousands of names before the first match.
            var ids = page.Select(d => d.Id);
            page = Sorted(db.Devices.AsNoTracking().Where(d => ids.Contains(d.Id)), list);
        }

        var items = await page.ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<DeviceResponse>(list.Page, list.PageSize, total, items.Select(DeviceResponse.From).ToList()));
    }

    // The key, then the id the same way: one index serves each sort in both directions.
    private static IQueryable<Device> Sorted(IQueryable<Device> query, ListQuery list)
    {
        var descending = list.Descending;
        var ordered = list.SortKey switch
        {
            "status" => query.SortBy(d => d.Status, descending),
            "createdAt" => query.SortBy(d => d.CreatedAt, descending),
            "nextServiceOn" => query.SortBy(d => d.NextServiceOn, descending),
            "serialNumber" => query.SortBy(d => d.SerialNumber, descending),
            _ => query.SortBy(d => d.Name, descending),
        };
        return ordered.ThenSortBy(d => d.Id, descending);
    }

    public static async Task<Results<Ok<DeviceResponse>, ProblemHttpResult>> GetDevice(
        Guid id, CallerScope scope, AssetsDbContext db, CancellationToken cancellationToken)
    {
        var device = await db.Devices.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return device is null ? Problems.NotFound(NotFoundProblems.Device) : TypedResults.Ok(DeviceResponse.From(device));
    }

    /// <summary>Someone scanned a code: the device, if the caller may see it; 404 for everyone else.</summary>
    public static async Task<Results<Ok<DeviceResponse>, ProblemHttpResult>> ResolveCode(
        string code, CallerScope scope, AssetsDbContext db, CancellationToken cancellationToken)
    {
        var device = code.Length == DeviceCodes.Length
            ? await db.Devices.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(d => d.Code == code && d.ArchivedAt == null, cancellationToken)
            : null;
        return device is null ? Problems.NotFound(NotFoundProblems.Device) : TypedResults.Ok(DeviceResponse.From(device));
    }

    public static async Task<Results<Created<DeviceResponse>, ValidationProblem, ProblemHttpResult>> CreateDevice(
        CreateDeviceRequest request, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = errors.RequiredText("name", request.Name, Device.NameMaxLength);
        var serialNumber = errors.OptionalText("serialNumber", request.SerialNumber, Device.SerialNumberMaxLength);
        var model = errors.OptionalText("model", request.Model, Device.ModelMaxLength);
        var status = errors.OneOf("status", request.Status, DeviceStatuses.All) ?? DeviceStatuses.Operational;
        if (request.ObjectId is null)
        {
            errors.Add("objectId", CommonFieldMessages.Required);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var site = await db.Objects.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(o => o.Id == request.ObjectId && o.ArchivedAt == null, cancellationToken);
        if (site is null)
        {
            return Problems.NotFound(NotFoundProblems.Site);
        }

        if (request.CustomerId is { } customerId && customerId != site.CustomerId)
        {
            return Problems.Invalid("customerId", DeviceProblems.ObjectOfAnotherCustomer);
        }

        var now = clock.GetUtcNow();
        var device = new Device
        {
            Id = Guid.CreateVersion7(now),
            ProviderId = site.ProviderId,
            CustomerId = site.CustomerId,
            ObjectId = site.Id,
            Name = name,
            SerialNumber = serialNumber,
            Model = model,
            Status = status,
            InstalledOn = request.InstalledOn,
            NextServiceOn = request.NextServiceOn,
            Code = DeviceCodes.NewCode(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Devices.Add(device);
        db.AddIntegrationEvent(new DeviceRegistered(
            device.Id, device.CustomerId, device.ObjectId, device.ProviderId, device.Name, device.SerialNumber, device.Model, device.Status, device.Code), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (IsSerialNumberClash(ex))
        {
            return SerialNumberTaken();
        }

        return TypedResults.Created($"/api/assets/devices/{device.Id}", DeviceResponse.From(device));
    }

    internal static bool IsSerialNumberClash(DbUpdateException ex) =>
        ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: DeviceConfiguration.UniqueSerialNumberIndex };

    internal static ProblemHttpResult SerialNumberTaken() =>
        Problems.Conflict(DeviceProblems.SerialNumberTaken, "serialNumber");
}
