using Portal.Web.Authentication;

namespace Portal.Web.Api;

public sealed class VideoSessionsClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<PageDto<VideoSessionDto>>> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<VideoSessionDto>>(Query("/api/assets/video-sessions", ("page", page.ToString()), ("pageSize", pageSize.ToString())), cancellationToken);

    public Task<ApiResult<VideoSessionDto>> ScheduleAsync(ScheduleVideoSessionDto session, CancellationToken cancellationToken = default) =>
        PostAsync<VideoSessionDto>("/api/assets/video-sessions", session, cancellationToken);
}
