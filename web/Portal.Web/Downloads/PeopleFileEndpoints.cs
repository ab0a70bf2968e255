using Portal.Web.Api;

namespace Portal.Web.Downloads;

/// <summary>The people files a page offers as links: the export of an organization's people and an import's result.</summary>
public static class PeopleFileEndpoints
{
    public static string ExportPath(Guid organizationId) => $"/downloads/organizations/{organizationId}/people";

    public static string ResultPath(Guid importId) => $"/downloads/people-imports/{importId}/result";

    public static IEndpointRouteBuilder MapPeopleFileEndpoints(this IEndpointRouteBuilder app)
    {
        var downloads = app.MapGroup("/downloads").RequireAuthorization();
        downloads.MapGet("/organizations/{organizationId:guid}/people", (Guid organizationId, HttpContext context, PeopleImportClient people, CancellationToken cancellationToken) =>
            FileDownload.SendAsync(context, () => people.ExportAsync(organizationId, cancellationToken)));
        downloads.MapGet("/people-imports/{importId:guid}/result", (Guid importId, HttpContext context, PeopleImportClient people, CancellationToken cancellationToken) =>
            FileDownload.SendAsync(context, () => people.DownloadResultAsync(importId, cancellationToken)));
        return app;
    }
}
