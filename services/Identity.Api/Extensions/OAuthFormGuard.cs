using System.Text.Json;
using Portal.ServiceDefaults.Text;

namespace Identity.Api.Extensions;

/// <summary>
/// ASP.NET Core's form reader throws on a NUL in a field before OpenIddict sees the request; on the
/// OpenID endpoints that becomes OAuth's own error answer (RFC 6749, 5.2), not a problem document.
/// </summary>
internal static class OAuthFormGuard
{
    public static IApplicationBuilder UseOAuthFormGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/connect") && context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsJsonAsync(new Dictionary<string, string>
                {
                    ["error"] = "invalid_request",
                    ["error_description"] = "A parameter holds a control character, which is not allowed.",
                }, JsonSerializerOptions.Web, context.RequestAborted);
                return;
            }
        }

        await next(context);
    });
}
