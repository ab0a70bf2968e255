using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace Portal.ServiceDefaults.OpenApi;

/// <summary>
/// Each service's OpenAPI 3.1 document, from ASP.NET Core's own OpenAPI support, at
/// <c>/api/&lt;service&gt;/openapi/v1.json</c>: under the service's own path, so the gateway's route for the
/// service publishes it unchanged. The document names no server (the gateway is the one public address)
/// and signs in with the portal's OpenID provider, whose discovery document is at the same origin.
/// </summary>
public static class ServiceOpenApiExtensions
{
    public const string SecurityScheme = "portal";

    public static TBuilder AddServiceOpenApi<TBuilder>(this TBuilder builder, string service, string description)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo { Title = $"Portal {service} API", Version = "v1", Description = description };
                // The address differs per start; the committed document must not.
                document.Servers = [];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.OpenIdConnect,
                    Description = "Portal's OpenID provider (authorization code with PKCE); access tokens for the audience portal-api.",
                    OpenIdConnectUrl = new Uri("/.well-known/openid-configuration", UriKind.Relative),
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (ProblemResponses.RequiresSignIn(context.Description.ActionDescriptor.EndpointMetadata))
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement
                    {
                        [new OpenApiSecuritySchemeReference(SecurityScheme, context.Document)] = ["openid", "portal"],
                    });
                }

                // Query parameters bound from a record ([AsParameters]) come out as its property names (PageSize);
                // binding ignores case, and clients write JSON's camelCase (pageSize), as the API's own errors name them.
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query) ?? [])
                {
                    parameter.Name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer(ProblemResponses.ApplyAsync);
            options.AddSchemaTransformer(JsonSchemaCorrections.ApplyAsync);
        });
        return builder;
    }

    /// <summary>Anonymous: a description of the API is no secret, and a client needs it before it signs in.</summary>
    public static IEndpointConventionBuilder MapServiceOpenApi(this WebApplication app, string service) =>
        // One document (v1) at a fixed path: no route value for a document name that does not exist.
        app.MapOpenApi($"/api/{service}/openapi/v1.json").AllowAnonymous();
}
