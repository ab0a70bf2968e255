using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Portal.Contracts.Security;
using Portal.Web.Sessions;

namespace Portal.Web.Authentication;

/// <summary>
/// Sign-in through the identity service: authorization code + PKCE as the public client
/// <c>portal-web</c>, then a cookie session whose tokens stay on the server (<see cref="TokenStore"/>).
/// </summary>
public static class PortalAuthentication
{
    public const string ClientId = "portal-web";
    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";

    /// <summary>Carries the id token from the sign-out endpoint to the end-session request (and no further).</summary>
    public const string IdTokenHintItem = ".portal.id_token_hint";

    /// <summary>The customer's slug when the sign-in started at their address; identity names them on its page.</summary>
    public const string CustomerItem = ".portal.customer";

    /// <summary>A language chosen elsewhere (a customer's host) that identity's page should speak.</summary>
    public const string UiLocalesItem = ".portal.ui_locales";

    /// <summary>The account name identity's login page prefills (OIDC <c>login_hint</c>).</summary>
    public const string LoginHintItem = ".portal.login_hint";

    /// <summary>The authorization request's parameter that carries <see cref="CustomerItem"/> to identity.</summary>
    public const string CustomerParameter = "customer";

    public static WebApplicationBuilder AddPortalAuthentication(this WebApplicationBuilder builder)
    {
        var addresses = new PortalAddresses(builder.Configuration);
        builder.Services.AddSingleton(addresses);
        builder.Services.AddSingleton<CustomerHosts>();
        builder.AddWebSessions();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<Extensions.ForwardedForHandler>();
        builder.Services.AddHttpClient(TokenStore.HttpClientName).AddHttpMessageHandler<Extensions.ForwardedForHandler>();
        // The code exchange at sign-in, too, counts against the browser's address, not the web server's.
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((oidc, httpClients) => oidc.Backchannel = httpClients.CreateClient(TokenStore.HttpClientName));
        builder.Services.AddScoped<AccessTokenAccessor>();

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "portal.session";
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TokenStore.IdleLifetime;
                cookie.Events.OnValidatePrincipal = ValidateSessionAsync;
            })
            .AddOpenIdConnect(oidc => ConfigureOpenIdConnect(oidc, addresses));

        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    private static void ConfigureOpenIdConnect(OpenIdConnectOptions oidc, PortalAddresses addresses)
    {
        // Metadata and tokens straight from identity; its documents name the public URL as issuer.
        oidc.MetadataAddress = addresses.Identity(".well-known/openid-configuration").AbsoluteUri;
        oidc.RequireHttpsMetadata = addresses.IdentityUrl.Scheme == Uri.UriSchemeHttps;
        oidc.ClientId = ClientId;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        oidc.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile", "email", "offline_access", "portal" })
        {
            oidc.Scope.Add(scope);
        }

        oidc.MapInboundClaims = false;
        oidc.SaveTokens = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.TokenValidationParameters.NameClaimType = "name";
        oidc.TokenValidationParameters.RoleClaimType = PortalClaimTypes.Role;

        // TLS ends at the gateway; on plain http the browser would drop Secure cookies.
        oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
        oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        oidc.NonceCookie.SameSite = SameSiteMode.Lax;

        oidc.Events.OnRedirectToIdentityProvider = context =>
        {
            // The browser goes through the gateway, whatever address the metadata was read from.
            context.ProtocolMessage.IssuerAddress = addresses.Public("connect/authorize").AbsoluteUri;
            context.ProtocolMessage.RedirectUri = addresses.Public("signin-oidc").AbsoluteUri;
            // Identity's login page speaks the language the person sees here (the culture cookie, their
            // account's language, the browser's), and names the customer whose address they came from.
            context.ProtocolMessage.UiLocales = context.Properties.Items.TryGetValue(UiLocalesItem, out var chosen) && chosen is not null
                ? chosen
                : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            if (context.Properties.Items.TryGetValue(CustomerItem, out var slug) && slug is not null)
            {
                context.ProtocolMessage.SetParameter(CustomerParameter, slug);
            }

            if (context.Properties.Items.TryGetValue(LoginHintItem, out var loginHint) && loginHint is not null)
            {
                context.ProtocolMessage.LoginHint = loginHint;
            }

            return Task.CompletedTask;
        };
        oidc.Events.OnRedirectToIdentityProviderForSignOut = context =>
        {
            context.ProtocolMessage.IssuerAddress = addresses.Public("connect/logout").AbsoluteUri;
            context.ProtocolMessage.PostLogoutRedirectUri = addresses.Public("signout-callback-oidc").AbsoluteUri;
            if (context.Properties.Items.Remove(IdTokenHintItem, out var idToken))
            {
                context.ProtocolMessage.IdTokenHint = idToken;
            }

            return Task.CompletedTask;
        };
        oidc.Events.OnTokenValidated = StartSessionAsync;
        // A callback that cannot complete the sign-in ends on a page of the app with "Try again", never a 500.
        oidc.Events.OnAccessDenied = SignInFailure.ShowPageAsync;
        oidc.Events.OnRemoteFailure = SignInFailure.ShowPageAsync;
    }

    /// <summary>
    /// The cookie's principal is built from the access token, which carries what the app needs for
    /// its navigation (organization kind, role, permissions, locale); the tokens go to the store.
    /// </summary>
    private static async Task StartSessionAsync(TokenValidatedContext context)
    {
        var response = context.TokenEndpointResponse
            ?? throw new InvalidOperationException("The authorization code was not redeemed.");
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var store = context.HttpContext.RequestServices.GetRequiredService<TokenStore>();

        var sessionId = Guid.NewGuid().ToString("N");
        var expiresIn = int.TryParse(response.ExpiresIn, out var seconds) ? seconds : 300;
        await store.SaveAsync(sessionId, new UserTokens(response.AccessToken, response.RefreshToken, response.IdToken, clock.GetUtcNow().AddSeconds(expiresIn)),
            context.HttpContext.RequestAborted);

        context.Principal = SessionPrincipal.From(response.AccessToken, sessionId, context.Scheme.Name);
    }

    /// <summary>A cookie whose tokens are gone (signed out elsewhere, app restarted, refresh refused) is no session.</summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirstValue(SessionClaims.SessionId);
        var store = context.HttpContext.RequestServices.GetRequiredService<TokenStore>();
        if (await ViewAsEndpoints.ReturnToStaffWhenOverAsync(context, store))
        {
            return;
        }

        if (sessionId is null || !await store.TouchAsync(sessionId, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
