using Identity.Api.Apis;
using Identity.Api.Application;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Identity.Api.Extensions;

internal static class ExternalLoginExtensions
{
    /// <summary>
    /// Sign-in with Google, Microsoft and any OpenID Connect provider in <c>Identity:ExternalProviders</c>:
    /// one remote scheme per provider (code flow with PKCE, nonce and state), whose result lands in
    /// identity's short-lived external cookie until <see cref="ExternalLoginApi"/> has matched it to a user.
    /// </summary>
    public static void AddExternalLogins(this IHostApplicationBuilder builder)
    {
        var providers = new ExternalLoginProviders(builder.Configuration);
        builder.Services.AddSingleton(providers);
        builder.Services.AddScoped<ExternalLoginLinker>();

        var authentication = builder.Services.AddAuthentication()
            .AddCookie(IdentityConstants.ExternalScheme, cookie =>
            {
                cookie.Cookie.Name = "portal.identity.external";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            });

        foreach (var (scheme, provider) in providers.All)
        {
            authentication.AddOpenIdConnect(scheme, provider.DisplayName, oidc => Configure(oidc, scheme, provider));
        }
    }

    private static void Configure(OpenIdConnectOptions oidc, string scheme, ExternalLoginOptions provider)
    {
        oidc.SignInScheme = IdentityConstants.ExternalScheme;
        oidc.Authority = provider.Authority;
        oidc.RequireHttpsMetadata = new Uri(provider.Authority).Scheme == Uri.UriSchemeHttps;
        oidc.ClientId = provider.ClientId;
        oidc.ClientSecret = provider.ClientSecret;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        // The code comes back as a top-level GET, so the correlation and nonce cookies can be
        // SameSite=Lax; a form_post callback would need SameSite=None, which browsers drop on http.
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
        oidc.NonceCookie.SameSite = SameSiteMode.Lax;
        // Secure whenever the request is https (behind the gateway, through X-Forwarded-Proto).
        oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

        // Each provider its own paths: the defaults are shared and only the first scheme would answer.
        oidc.CallbackPath = $"/account/external/{scheme}/callback";
        oidc.SignedOutCallbackPath = $"/account/external/{scheme}/signed-out";
        oidc.RemoteSignOutPath = $"/account/external/{scheme}/signout";

        oidc.Scope.Clear();
        foreach (var scope in new[] { "openid", "email", "profile" }.Concat(provider.Scopes).Distinct(StringComparer.Ordinal))
        {
            oidc.Scope.Add(scope);
        }

        // The id_token says all identity needs (sub, email, email_verified); keep its claim names.
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.SaveTokens = false;
        oidc.Events.OnRemoteFailure = ExternalLoginApi.RemoteFailureAsync;
    }
}
