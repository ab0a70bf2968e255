using Portal.Web.Api;

namespace Portal.Web.Downloads;

/// <summary>The audit log's export, offered on the audit page as a link that carries the page's filters.</summary>
public static class AuditFileEndpoints
{
    private const string Path = "/downloads/audit";

    public static string ExportPath(AuditFilter filter) => PathWithQuery.Of(Path, filter.Parameters());

    public static IEndpointRouteBuilder MapAuditFileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context, BackOfficeIdentityClient identity, CancellationToken cancellationToken) =>
        {
            // Passed on as written: identity checks each filter and names a bad one (shown as text, see FileDownload).
            return FileDownload.SendAsync(context, () => identity.ExportAuditAsync(AuditExportQuery.Of(context.Request.Query), cancellationToken));
        }).RequireAuthorization();
        return app;
    }
}
