using System.Text;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Web.Api;

namespace Portal.Web.Downloads;

/// <summary>
/// A file from the API handed on to the browser as an attachment. A browser cannot call the API with the person's
/// token (it stays on this server), so the download routes call it with the token, as the pages' API clients do.
/// </summary>
public static class FileDownload
{
    public static async Task<IResult> SendAsync(HttpContext context, Func<Task<ApiResult<DownloadedFile>>> download)
    {
        // The clients read the person's session from the authentication state, which Blazor sets for a page
        // and a circuit; a plain request gets it here, from the cookie's user.
        if (context.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider state)
        {
            state.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        }

        var result = await download();
        // People's names and addresses: no cache, shared or private, keeps a copy.
        context.Response.Headers.CacheControl = "no-store";
        if (!result.Succeeded)
        {
            // The link was followed as a download, so there is no page to show it on: the reason goes as text,
            // in the person's language (identity's words, or ours when identity could not be reached).
            return TypedResults.Text(result.Problem.Message, "text/plain", Encoding.UTF8, result.Problem.Status);
        }

        var file = result.Value;
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
