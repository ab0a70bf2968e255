using Portal.Web.Api;
using Portal.Web.Authentication;

namespace Portal.Web.Contract.Tests;

/// <summary>
/// A client that has drifted from the documents in every way the check looks for, one drift per
/// method, so that <see cref="ContractCheckerCanFailTests"/> proves each of them is caught and named.
/// </summary>
internal sealed class DriftedClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<RenamedDeviceDto>> GetRenamedDeviceAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<RenamedDeviceDto>($"/api/assets/devices/{id}", cancellationToken);

    public Task<ApiResult<TextCountsDashboardDto>> GetDashboardWithTextCountsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<TextCountsDashboardDto>("/api/assets/dashboard", cancellationToken);

    public Task<ApiResult<DeviceDto[]>> ListGadgetsAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<DeviceDto[]>($"/api/assets/gadgets/{id}", cancellationToken);

    public Task<ApiResult<bool>> DeleteDeviceAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"/api/assets/devices/{id}", null, cancellationToken);

    public Task<ApiResult<PageDto<DeviceDto>>> ListDevicesByColourAsync(string colour, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<DeviceDto>>(Query("/api/assets/devices", ("page", "1"), ("colour", colour)), cancellationToken);

    public Task<ApiResult<TicketDto>> CreateTicketWithSeverityAsync(string severity, CancellationToken cancellationToken = default) =>
        PostAsync<TicketDto>("/api/assets/tickets", new { title = "Leak", description = "Water", priority = "high", severity }, cancellationToken);

    public Task<ApiResult<DeviceDto>> GetDeviceAnonymouslyAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAnonymousAsync<DeviceDto>($"/api/assets/devices/{id}", cancellationToken);
}

/// <summary><see cref="DeviceDto"/> with <c>serialNumber</c> renamed, <c>archived</c> as a number and a date that cannot be null.</summary>
internal sealed record RenamedDeviceDto(Guid Id, string? SerialNo, int Archived, DateOnly InstalledOn);

/// <summary>A count read as text, which the service writes as a number.</summary>
internal sealed record TextCountsDashboardDto(string OpenTickets, int OverdueServiceCount);
