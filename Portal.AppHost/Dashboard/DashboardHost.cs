using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.AppHost.Dashboard.Api;
using Portal.AppHost.Dashboard.Otlp;
using Portal.AppHost.Dashboard.Security;
using Portal.AppHost.Dashboard.Telemetry;
using Portal.AppHost.Hosting;

namespace Portal.AppHost.Dashboard;

/// <summary>
/// The ops dashboard inside the AppHost: Kestrel on 127.0.0.1 with two listeners, the UI and its JSON API
/// (Aspire's 18888) and the OTLP/HTTP receiver (18890). It lives as long as the application.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly WebApplication _web;

    private DashboardHost(WebApplication web, int port, int otlpPort, string browserToken, string otlpApiKey, TelemetryStore telemetry)
    {
        _web = web;
        Url = new Uri($"http://localhost:{port}");
        // An address, not "localhost": the exporters should not try ::1 first, where nothing listens.
        OtlpUrl = new Uri($"http://127.0.0.1:{otlpPort}");
        BrowserToken = browserToken;
        OtlpApiKey = otlpApiKey;
        Telemetry = telemetry;
    }

    public Uri Url { get; }

    /// <summary>The login link, as Aspire prints it: <c>http://localhost:18888/login?t=...</c>.</summary>
    public Uri LoginUrl => new(Url, $"/login?t={Uri.EscapeDataString(BrowserToken)}");

    /// <summary>What the projects get as OTEL_EXPORTER_OTLP_ENDPOINT.</summary>
    public Uri OtlpUrl { get; }

    public string BrowserToken { get; }

    /// <summary>What the projects send as <c>x-otlp-api-key</c> (OTEL_EXPORTER_OTLP_HEADERS).</summary>
    public string OtlpApiKey { get; }

    public TelemetryStore Telemetry { get; }

    internal static async Task<DashboardHost> StartAsync(DistributedApplication application, CancellationToken cancellationToken)
    {
        var options = application.Options.Dashboard;
        var random = application.Options.UseRandomPorts;
        var port = PortAllocator.Allocate(options.Port, random, "dashboard");
        var otlpPort = PortAllocator.Allocate(options.OtlpPort, random, "dashboard (OTLP)");
        // Kept in the options: the project runner hands the key to the exporters.
        var browserToken = options.BrowserToken ??= RandomNumberGenerator.GetHexString(32, lowercase: true);
        var apiKey = options.OtlpApiKey ??= RandomNumberGenerator.GetHexString(32, lowercase: true);

        // Limits can be raised or lowered without a rebuild: Dashboard__Limits__MaxSpans=50000.
        new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection("Dashboard:Limits").Bind(options.Limits);
        var telemetry = new TelemetryStore(options.Limits);
        var access = new DashboardAccess(browserToken, port);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DashboardHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        // The AppHost handles Ctrl+C itself; the dashboard must not stop on its own.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddProblemDetails();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Listen(IPAddress.Loopback, otlpPort);
            kestrel.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
        });

        var web = builder.Build();
        web.Use(SecurityHeaders);
        web.UseMiddleware<DashboardAccessMiddleware>(access, otlpPort);
        web.MapOtlpReceiver(telemetry, apiKey);
        web.MapResourcesApi(application);
        web.MapTelemetryApi(telemetry, TimeProvider.System);
        web.MapDashboardPages(access);
        await web.StartAsync(cancellationToken);
        return new DashboardHost(web, port, otlpPort, browserToken, apiKey, telemetry);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _web.StopAsync(timeout.Token);
        await _web.DisposeAsync();
    }

    // Scripts and styles only from the dashboard itself: no inline script, nothing from elsewhere.
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next();
    }
}
