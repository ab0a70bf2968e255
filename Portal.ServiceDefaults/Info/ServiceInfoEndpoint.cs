using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Portal.ServiceDefaults.Info;

/// <summary>What <c>GET /api/&lt;service&gt;/info</c> answers: enough for ops to see which build runs on which schema.</summary>
public sealed record ServiceInfo(string Service, string Version, string Environment, string Database, string? SchemaVersion);

public static class ServiceInfoEndpoint
{
    /// <summary>
    /// Maps the anonymous <c>GET /api/{service}/info</c>. It reads the service's own database (the
    /// last applied migration), so an answer proves the gateway, the service and its database work.
    /// </summary>
    public static RouteHandlerBuilder MapServiceInfo<TContext>(this IEndpointRouteBuilder app, string service)
        where TContext : DbContext =>
        app.MapGet($"/api/{service}/info", async Task<Ok<ServiceInfo>> (TContext db, IHostEnvironment environment, CancellationToken cancellationToken) =>
            {
                var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
                return TypedResults.Ok(new ServiceInfo(
                    service,
                    Version(),
                    environment.EnvironmentName,
                    db.Database.GetDbConnection().Database,
                    applied.LastOrDefault()));
            })
            .WithName($"{service}-info")
            .WithSummary("Which build of the service runs, and on which schema")
            // Under its own heading in the document, not under the assembly's name (Tenants.Api).
            .WithTags("Service")
            .AllowAnonymous();

    private static string Version() =>
        Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
