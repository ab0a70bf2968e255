using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Contracts;

namespace Portal.ServiceDefaults.Security;

/// <summary>
/// Whether the customer's approval an impersonation token was issued under is still open: the customer may end it
/// before the token expires, and from then on no service accepts the token (<see cref="ImpersonationGuard{TContext}"/>).
/// </summary>
public interface ISupportAccessWindows
{
    Task<bool> IsActiveAsync(Guid supportAccessId, CancellationToken cancellationToken);
}

/// <summary>
/// Marks identity's endpoint that the other services ask about a window: the question is the system's, not the
/// person's, so it is not recorded as one of their impersonated requests.
/// </summary>
public sealed class SupportAccessCheckEndpoint;

/// <summary>
/// The services other than identity ask identity, with the caller's own token, at
/// <c>GET /api/identity/support-access-requests/current</c>; identity answers 200 only while the window is open.
/// An answer is kept for a few seconds, so a window ended by the customer closes everywhere within that time, and a
/// busy impersonation costs identity one question per service every few seconds. No answer means closed.
/// </summary>
public sealed class SupportAccessWindowLookup(HttpClient http, IHttpContextAccessor httpContext, IMemoryCache cache, ILogger<SupportAccessWindowLookup> logger)
    : ISupportAccessWindows
{
    public const string CurrentPath = "/api/identity/support-access-requests/current";

    /// <summary>How long an answer stands: the longest a window ended by the customer stays usable in a service.</summary>
    public static readonly TimeSpan AnswerLifetime = TimeSpan.FromSeconds(5);

    public async Task<bool> IsActiveAsync(Guid supportAccessId, CancellationToken cancellationToken)
    {
        var key = (nameof(SupportAccessWindowLookup), supportAccessId);
        if (cache.TryGetValue(key, out bool known))
        {
            return known;
        }

        var active = await AskAsync(supportAccessId, cancellationToken);
        cache.Set(key, active, AnswerLifetime);
        return active;
    }

    private async Task<bool> AskAsync(Guid supportAccessId, CancellationToken cancellationToken)
    {
        var header = httpContext.HttpContext?.Request.Headers.Authorization.ToString();
        if (header is null || !AuthenticationHeaderValue.TryParse(header, out var authorization))
        {
            return false;
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, CurrentPath);
            request.Headers.Authorization = authorization;
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            var window = await response.Content.ReadFromJsonAsync<CurrentWindow>(cancellationToken);
            return window?.Id == supportAccessId;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Identity could not tell whether support access {SupportAccessId} is open; answering as closed.", supportAccessId);
            return false;
        }
    }

    private sealed record CurrentWindow(Guid Id);
}

public static class SupportAccessWindowExtensions
{
    /// <summary>Registers <see cref="SupportAccessWindowLookup"/> unless the service answers itself (identity).</summary>
    public static TBuilder AddSupportAccessWindowLookup<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHttpClient<SupportAccessWindowLookup>(http =>
        {
            http.BaseAddress = new Uri($"https+http://{ResourceNames.Identity}");
            http.Timeout = TimeSpan.FromSeconds(3);
        });
        builder.Services.TryAddScoped<ISupportAccessWindows>(services => services.GetRequiredService<SupportAccessWindowLookup>());
        return builder;
    }
}
