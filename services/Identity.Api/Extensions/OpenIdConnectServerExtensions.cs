using Identity.Api.Infrastructure;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using Microsoft.AspNetCore.HttpOverrides;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Extensions;

internal static class OpenIdConnectServerExtensions
{
    /// <summary>
    /// OpenIddict's server on identitydb: authorization code + PKCE, refresh tokens (rotating),
    /// client credentials and, when <see cref="IdentityServerOptions.AllowPasswordGrant"/>, the password
    /// grant. Access tokens are signed, not encrypted, JWTs whose issuer is the public gateway URL,
    /// so every service validates them itself. Identity's own API validates them locally.
    /// </summary>
    public static void AddOpenIdConnectServer(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(IdentityServerOptions.SectionName).Get<IdentityServerOptions>() ?? new IdentityServerOptions();
        var issuer = new PublicUrl(builder.Configuration).Value;

        builder.Services.AddSingleton<ServerKeyStore>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ConfigureServerKeys>();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                // Set explicitly: requests reach identity directly (tests, services) or through the
                // gateway, and the issuer must not follow the host they used.
                server.SetIssuer(issuer);
                server.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetConfigurationEndpointUris(".well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks");

                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                // "plain" sends the verifier itself through the browser; only S256 protects the code (RFC 7636, 7.2).
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                if (settings.AllowPasswordGrant)
                {
                    server.AllowPasswordFlow();
                }

                // What discovery advertises is what tokens and UserInfo really carry.
                server.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.OfflineAccess, IdentityServerOptions.PortalScope);
                server.RegisterClaims(Apis.UserInfoEndpoint.SupportedClaims);
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                    // Rotation without grace: a refresh token works once.
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                server.DisableAccessTokenEncryption();
                server.RefuseControlCharacters();

                server.UseAspNetCore()
                    // TLS ends at the gateway; identity listens on loopback http behind it.
                    .DisableTransportSecurityRequirement()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddAudiences(IdentityServerOptions.Audience);
                // Bearer tokens come in the Authorization header only: reading every form body for an
                // access_token field would also read the login page's form before the page does.
                validation.UseAspNetCore().DisableAccessTokenExtractionFromBodyForm().DisableAccessTokenExtractionFromQueryString();
            });

        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddAuthorization();

        // The discovery document's addresses follow the request: through the gateway (which sets
        // X-Forwarded-Host/Proto) they are public; read directly by a service, they point back at
        // identity, so no service needs the gateway to fetch the signing keys.
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto);
    }
}
