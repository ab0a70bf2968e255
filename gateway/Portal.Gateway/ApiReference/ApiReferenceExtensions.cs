using Portal.Contracts;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.OpenApi;
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
                .AddPreferredSecuritySchemes([ServiceOpenApiExtensions.SecurityScheme]);
            foreach (var (service, title) in Documents)
            {
                options.AddDocument(service, title, $"/api/{service}/openapi/v1.json", isDefault: service == ResourceNames.Identity);
            }

            // The code comes back to this page at the public address, the one redirect URI identity knows for this client.
            var origin = publicUrl ?? new Uri($"{context.Request.Scheme}://{context.Request.Host}/");
            options.AddOpenIdConnectAuthentication(ServiceOpenApiExtensions.SecurityScheme, scheme =>
            {
                scheme.Flows = new ScalarFlows
                {
                    AuthorizationCode = new AuthorizationCodeFlow
                    {
                        ClientId = ApiReferenceClient.ClientId,
                        Pkce = Pkce.Sha256,
                        RedirectUri = new Uri(origin, ApiReferenceClient.PagePath.TrimStart('/')).AbsoluteUri,
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
