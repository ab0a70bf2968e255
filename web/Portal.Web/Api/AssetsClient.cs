using Portal.Web.Authentication;

namespace Portal.Web.Api;

public sealed class AssetsClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<DashboardDto>> GetDashboardAsync(CancellationToken cancellationToken = default) =>
        GetAsync<DashboardDto>("/api/assets/dashboard", cancellationToken);

    public Task<ApiResult<PageDto<SiteDto>>> ListObjectsAsync(string? text, int page, int pageSize, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<SiteDto>>(Query("/api/assets/objects", ("text", text), ("page", page.ToString()), ("pageSize", pageSize.ToString())), cancellationToken);

    /// <summary>Every active object of one customer the caller may see, for choosing among them.</summary>
    public async Task<ApiResult<IReadOnlyList<SiteDto>>> ListCustomerObjectsAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        const int pageSize = 200;
        var objects = new List<SiteDto>();
        for (var page = 1; ; page++)
        {
            var result = await GetAsync<PageDto<SiteDto>>(
                Query("/api/assets/objects", ("customerId", customerId.ToString()), ("page", page.ToString()), ("pageSize", pageSize.ToString())), cancellationToken);
            if (result.Value is not { } found)
            {
                return new ApiResult<IReadOnlyList<SiteDto>>(null, result.Problem);
            }

            objects.AddRange(found.Items);
            if (found.Items.Count < pageSize || page * pageSize >= found.Total)
            {
                return new ApiResult<IReadOnlyList<SiteDto>>(objects, null);
            }
        }
    }

    public Task<ApiResult<PageDto<DeviceDto>>> ListDevicesAsync(string? text, Guid? customerId, int page, int pageSize, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<DeviceDto>>(Query("/api/assets/devices", ("text", text), ("customerId", customerId?.ToString()), ("page", page.ToString()), ("pageSize", pageSize.ToString())), cancellationToken);

    public Task<ApiResult<DeviceDto>> GetDeviceAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<DeviceDto>($"/api/assets/devices/{id}", cancellationToken);

    public Task<ApiResult<DeviceDto>> ResolveCodeAsync(string code, CancellationToken cancellationToken = default) =>
        GetAsync<DeviceDto>($"/api/assets/codes/{Uri.EscapeDataString(code)}", cancellationToken);

    public Task<ApiResult<string>> GetDeviceCodeSvgAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetTextAsync($"/api/assets/devices/{id}/code.svg", cancellationToken);

    public Task<ApiResult<PageDto<TicketDto>>> ListTicketsAsync(string? text, Guid? customerId, Guid? deviceId, int page, int pageSize, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<TicketDto>>(Query("/api/assets/tickets", ("text", text), ("customerId", customerId?.ToString()), ("deviceId", deviceId?.ToString()), ("page", page.ToString()), ("pageSize", pageSize.ToString())), cancellationToken);

    public Task<ApiResult<TicketDto>> GetTicketAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<TicketDto>($"/api/assets/tickets/{id}", cancellationToken);

    public Task<ApiResult<TicketDto>> CreateTicketAsync(CreateTicketDto ticket, CancellationToken cancellationToken = default) =>
        PostAsync<TicketDto>("/api/assets/tickets", ticket, cancellationToken);

    public Task<ApiResult<CommentDto[]>> ListCommentsAsync(Guid ticketId, CancellationToken cancellationToken = default) =>
        GetAsync<CommentDto[]>($"/api/assets/tickets/{ticketId}/comments", cancellationToken);

    public Task<ApiResult<CommentDto>> AddCommentAsync(Guid ticketId, string text, CancellationToken cancellationToken = default) =>
        PostAsync<CommentDto>($"/api/assets/tickets/{ticketId}/comments", new { text }, cancellationToken);

    public Task<ApiResult<HistoryEntryDto[]>> ListHistoryAsync(Guid ticketId, CancellationToken cancellationToken = default) =>
        GetAsync<HistoryEntryDto[]>($"/api/assets/tickets/{ticketId}/history", cancellationToken);
}
