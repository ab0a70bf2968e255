using System.Collections;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Portal.ServiceDefaults.Testing;

/// <summary>
/// <c>GET /testing/endpoints</c>: every route the service maps, from its own endpoint data, with the
/// shape of what each takes (route and query parameters, the JSON body's fields), so that the fuzz
/// suite covers a new route without anyone listing it. Only when configuration sets
/// <c>Testing:EndpointCatalog=true</c> and the environment is Development or Testing; otherwise the
/// route does not exist.
/// </summary>
public static class EndpointCatalog
{
    public const string SettingName = "Testing:EndpointCatalog";
    public const string Route = "/testing/endpoints";

    public static bool IsEndpointCatalogEnabled(this IHostApplicationBuilder builder) =>
        builder.Configuration.GetValue<bool>(SettingName)
        && (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"));

    public static void AddEndpointCatalog(this IHostApplicationBuilder builder)
    {
        if (builder.IsEndpointCatalogEnabled())
        {
            builder.Services.AddEndpointsApiExplorer();
            builder.Services.AddSingleton<EndpointCatalogMarker>();
        }
    }

    public static IEndpointRouteBuilder MapEndpointCatalog(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<EndpointCatalogMarker>() is null)
        {
            return app;
        }

        app.MapGet(Route, (EndpointDataSource endpoints, IApiDescriptionGroupCollectionProvider descriptions) =>
                TypedResults.Ok(Describe(endpoints, descriptions)))
            .ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static List<CatalogEntry> Describe(EndpointDataSource source, IApiDescriptionGroupCollectionProvider descriptions)
    {
        var described = descriptions.ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .Where(d => d.ActionDescriptor.EndpointMetadata.Count > 0)
            .ToList();
        var entries = new List<CatalogEntry>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (route.StartsWith("/testing", StringComparison.Ordinal))
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Metadata.GetMetadata<IAuthorizeData>() is null;
            var documented = endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true };
            var routeParameters = endpoint.RoutePattern.Parameters
                .Select(p => new CatalogField(p.Name, p.ParameterPolicies.Any(x => x.Content == "guid") ? "guid" : "string", null, null))
                .ToList();
            foreach (var method in methods)
            {
                var description = described.FirstOrDefault(d =>
                    string.Equals(d.HttpMethod, method, StringComparison.OrdinalIgnoreCase)
                    && "/" + (d.RelativePath ?? "").TrimStart('/') == route);
                var query = description?.ParameterDescriptions
                    .Where(p => p.Source == BindingSource.Query)
                    .Select(p => new CatalogField(p.Name, KindOf(p.Type), null, null))
                    .ToList() ?? [];
                var bodyType = description?.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
                var form = description?.ParameterDescriptions.Any(p => p.Source == BindingSource.Form || p.Source == BindingSource.FormFile) ?? false;
                entries.Add(new CatalogEntry(method, route, anonymous, routeParameters, query, bodyType is null ? null : Shape("body", bodyType, depth: 0), form, documented));
            }
        }

        return entries;
    }

    private static CatalogField Shape(string name, Type type, int depth)
    {
        var kind = KindOf(type);
        return kind switch
        {
            "list" when ElementType(type) is { } element && depth < 4 => new CatalogField(name, kind, null, Shape("item", element, depth + 1)),
            "object" when depth < 4 => new CatalogField(name, kind, type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
                .Select(p => Shape(JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.PropertyType, depth + 1))
                .ToList(), null),
            _ => new CatalogField(name, kind, null, null),
        };
    }

    private static string KindOf(Type? type)
    {
        if (type is null)
        {
            return "string";
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) || type.IsEnum => "string",
            _ when type == typeof(Guid) => "guid",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "datetime",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "integer",
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "number",
            _ when type == typeof(bool) => "boolean",
            _ when typeof(IDictionary).IsAssignableFrom(type) => "object",
            _ when ElementType(type) is not null => "list",
            _ => "object",
        };
    }

    private static Type? ElementType(Type type) => type.IsArray
        ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private sealed class EndpointCatalogMarker;
}

/// <summary>One route and method, and what it takes.</summary>
/// <param name="Documented">In the service's OpenAPI document (not excluded from description, as the OpenID endpoints and pages are).</param>
public sealed record CatalogEntry(
    string Method, string Route, bool Anonymous, IReadOnlyList<CatalogField> RouteParameters,
    IReadOnlyList<CatalogField> Query, CatalogField? Body, bool Form, bool Documented);

/// <summary>A parameter or a JSON field: its kind (string, guid, datetime, integer, number, boolean, list, object) and, for objects and lists, what is inside.</summary>
public sealed record CatalogField(string Name, string Kind, IReadOnlyList<CatalogField>? Properties, CatalogField? Items);
