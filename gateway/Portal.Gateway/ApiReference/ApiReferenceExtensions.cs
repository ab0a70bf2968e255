using Portal.Contracts;
using Scalar.AspNetCore;

namespace Portal.Gateway.ApiReference;

/// <summary>
/// The API reference page (Scalar) at <c>/api/reference</c>: the four services' OpenAPI documents, which the gateway
/// already publishes under each service's path, in one page that signs in with the portal's own OpenID provider and
/// sends real requests. Everything it needs comes from the gateway itself: the page's script is embedded in the
/// package, fonts and telemetry are off, and requests go straight to the public address, never through a proxy.
/// </summary>
public static class ApiReferenceExtensions
{
    public const string Path = "/api/reference";

    /// <summary>Where the page really is (Scalar sends <see cref="Path"/> there), and so where its sign-in comes back.</summary>
    public const string PagePath = Path + "/";

    /// <summary>Registered by identity with this redirect URI (<c>ClientRegistrations.ApiReference</c>).</summary>
    public const string ClientId = "portal-api-reference";

    /// <summary>The name of the security scheme every service's document declares (<c>ServiceOpenApiExtensions.SecurityScheme</c>).</summary>
    private const string SecurityScheme = "portal";

    private static readonly (string Service, string Title)[] Documents =
    [
        (ResourceNames.Tenants, "Tenants"),
        (ResourceNames.Identity, "Identity"),
        (ResourceNames.Notifications, "Notifications"),
        (ResourceNames.Assets, "Assets"),
    ];

    public static WebApplication MapApiReference(this WebApplication app)
    {
        var publicUrl = app.Configuration["Portal:PublicUrl"] is { Length: > 0 } configured
            ? new Uri(configured.TrimEnd('/') + "/")
            : null;

        app.MapScalarApiReference(Path, (options, context) =>
        {
            // Scalar's hosted extras (AI chat, MCP, the cloud toolbar) would send the reader and our documents elsewhere.
            options.WithTitle("Portal API reference")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .AddPreferredSecuritySchemes([SecurityScheme]);
            foreach (var (service, title) in Documents)
            {
                options.AddDocument(service, title, $"/api/{service}/openapi/v1.json", isDefault: service == ResourceNames.Identity);
            }

            // The code comes back to this page at the public address, the one redirect URI identity knows for this client.
            var origin = publicUrl ?? new Uri($"{context.Request.Scheme}://{context.Request.Host}/");
            options.AddOpenIdConnectAuthentication(SecurityScheme, scheme =>
            {
                scheme.Flows = new ScalarFlows
                {
                    AuthorizationCode = new AuthorizationCodeFlow
                    {
                        ClientId = ClientId,
                        Pkce = Pkce.Sha256,
                        RedirectUri = new Uri(origin, PagePath.TrimStart('/')).AbsoluteUri,
                        // A public client has no secret to put in an Authorization header.
                        CredentialsLocation = CredentialsLocation.Body,
                        SelectedScopes = ["openid", "profile", "email", "portal"],
                    },
                };
            });
        }).AllowAnonymous();
        return app;
    }
}
