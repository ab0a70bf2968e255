using System.Collections.Frozen;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.AppHost.Dashboard.Security;

namespace Portal.AppHost.Dashboard;

/// <summary>
/// The pages: one HTML shell (navigation, page title, the page's script) around a script that reads the
/// JSON API. Assets are embedded in the AppHost, so the dashboard needs no files and no internet.
/// </summary>
internal static class DashboardPages
{
    private static readonly (string Path, string Script, string Title)[] Pages =
    [
        ("/", "resources", "Resources"),
        ("/console", "console", "Console logs"),
        ("/structured-logs", "logs", "Structured logs"),
        ("/traces", "traces", "Traces"),
        ("/traces/{traceId}", "trace", "Trace"),
        ("/metrics", "metrics", "Metrics"),
    ];

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary();

    public static IEndpointRouteBuilder MapDashboardPages(this IEndpointRouteBuilder endpoints, DashboardAccess access)
    {
        var shell = DashboardAssets.ReadText("shell.html");
        foreach (var (path, script, title) in Pages)
        {
            var html = shell.Replace("{{title}}", title, StringComparison.Ordinal).Replace("{{page}}", script, StringComparison.Ordinal);
            endpoints.MapGet(path, () => TypedResults.Content(html, "text/html; charset=utf-8"));
        }

        endpoints.MapGet("/login", (string? t, HttpResponse response) => Login(access, t, response));
        endpoints.MapGet("/assets/{file}", (string file) => Asset(file));
        return endpoints;
    }

    private static IResult Login(DashboardAccess access, string? token, HttpResponse response)
    {
        if (access.IsValidToken(token))
        {
            access.SignIn(response);
            return TypedResults.Redirect("/");
        }

        var page = DashboardAssets.ReadText("login.html")
            .Replace("{{message}}", token is null ? string.Empty : WebUtility.HtmlEncode("That token is not valid for this dashboard."), StringComparison.Ordinal);
        return TypedResults.Content(page, "text/html; charset=utf-8", statusCode: token is null ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized);
    }

    private static Results<FileContentHttpResult, NotFound> Asset(string file)
    {
        var extension = Path.GetExtension(file);
        return ContentTypes.TryGetValue(extension, out var contentType) && DashboardAssets.TryRead(file, out var content)
            ? TypedResults.File(content, contentType)
            : TypedResults.NotFound();
    }
}
