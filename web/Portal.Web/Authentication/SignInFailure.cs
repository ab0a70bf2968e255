using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Web.Localization;

namespace Portal.Web.Authentication;

/// <summary>
/// A sign-in that comes back from identity but cannot be completed (a callback sent twice or too late, the
/// correlation cookie lost on the way, an error from identity such as access_denied) ends on the app's own
/// page, in the person's language and with a way to try again. Left to the handler it would be a 500.
/// </summary>
public static class SignInFailure
{
    public const string PagePath = "/signin-failed";

    public static Task ShowPageAsync(RemoteFailureContext context)
    {
        // The reason only: the handler's messages name the protocol error, never the code or the tokens.
        Logger(context.HttpContext).LogWarning("A sign-in could not be completed: {FailureType}: {Reason}",
            context.Failure?.GetType().Name, context.Failure?.Message);
        return ShowPage(context, context.Properties);
    }

    public static Task ShowPageAsync(AccessDeniedContext context)
    {
        Logger(context.HttpContext).LogWarning("A sign-in could not be completed: identity answered access_denied");
        return ShowPage(context, context.Properties);
    }

    /// <summary>A new sign-in with what the failed one knew: where to return, the customer, the language chosen on their host.</summary>
    public static string TryAgainPath(string? returnUrl, string? customer, string? culture) =>
        QueryHelpers.AddQueryString(PortalAuthentication.SignInPath, SignInParameters(returnUrl, customer, culture));

    /// <summary>The customer's own address when the sign-in started there, else the portal's start page.</summary>
    public static string HomePath(string? customer) => CustomerHosts.IsSlug(customer) ? $"/c/{customer}" : "/";

    private static Task ShowPage(HandleRequestContext<RemoteAuthenticationOptions> context, AuthenticationProperties? properties)
    {
        // The page gets the same parameters as /signin, so that its "Try again" can pass them on.
        var parameters = SignInParameters(
            properties?.RedirectUri,
            properties?.GetString(PortalAuthentication.CustomerItem),
            properties?.GetString(PortalAuthentication.UiLocalesItem));
        context.Response.Redirect(QueryHelpers.AddQueryString(PagePath, parameters));
        context.HandleResponse();
        return Task.CompletedTask;
    }

    // Only values /signin accepts: the page's address can be typed by anyone.
    private static Dictionary<string, string?> SignInParameters(string? returnUrl, string? customer, string? culture)
    {
        var parameters = new Dictionary<string, string?>();
        if (LocalUrls.IsLocal(returnUrl) && returnUrl != "/")
        {
            parameters["returnUrl"] = returnUrl;
        }

        if (CustomerHosts.IsSlug(customer))
        {
            parameters["customer"] = customer;
        }

        if (culture is not null && PortalLocalization.Cultures.Contains(culture))
        {
            parameters["culture"] = culture;
        }

        return parameters;
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInFailure).FullName!);
}
