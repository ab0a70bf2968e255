using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Health;
using Portal.ServiceDefaults.Localization;
using Portal.ServiceDefaults.OpenApi;
using Portal.ServiceDefaults.Telemetry;
using Portal.ServiceDefaults.Testing;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every Portal service shares, shaped like the .NET Aspire service-defaults template so that
/// each service would run unchanged under a real Aspire AppHost.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        BuildTimeDocument.PrepareIfBeingWritten(builder);
        builder.AddAdjustableClock();
        builder.AddEndpointCatalog();
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        builder.AddDefaultProblemDetails();
        builder.Services.AddRequestLanguage();
        // Kestrel refuses a request line over 8 KB with a bare 414 before the application sees it; a long
        // query (a pasted search) is the caller's mistake to be told in problem details, so the line may be
        // longer and the service's own checks (text lengths, paging bounds) answer.
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestLineSize = 64 * 1024);
        return builder;
    }

    /// <summary>
    /// The caller's language first (<see cref="RequestLanguageExtensions"/>), problem details for every error, then <c>/health</c> (ready: database, broker) and
    /// <c>/alive</c> (live: the process answers), which the AppHost polls.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseRequestLanguage();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthEndpoints();
        app.MapAdjustableClock();
        app.MapEndpointCatalog();
        return app;
    }
}
