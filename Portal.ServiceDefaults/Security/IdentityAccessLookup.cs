using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Contracts;
using Portal.Contracts.Identity;

namespace Portal.ServiceDefaults.Security;

/// <summary>
/// Asks identity for a caller's scope when the service's own copy (kept from <c>UserAccessChanged</c>)
/// has none yet: a person who was just created or restricted may call before the event arrives, and
/// must not be answered with a wider scope meanwhile. The caller's own token goes to identity's
/// <c>GET /api/identity/me/access</c>, so identity tells nothing the caller could not ask themselves.
/// Answers are kept for a short while (the event replaces them as soon as it is stored); when identity
/// cannot answer, the service answers as for the narrowest scope.
/// </summary>
public sealed class IdentityAccessLookup(
    HttpClient http, IHttpContextAccessor httpContext, IMemoryCache cache, IConfiguration configuration, ILogger<IdentityAccessLookup> logger)
{
    // Without a reference to identity (a service's own tests) there is no one to ask.
    private readonly bool _identityKnown = configuration.GetSection($"services:{ResourceNames.Identity}").Exists();

    /// <summary>How long an answer stands in for the event; the event normally arrives within milliseconds.</summary>
    private static readonly TimeSpan AnswerLifetime = TimeSpan.FromSeconds(30);

    /// <summary>How long a failed question is not asked again, so that an unreachable identity does not slow every request.</summary>
    private static readonly TimeSpan FailureLifetime = TimeSpan.FromSeconds(5);

    /// <summary>The caller's scope as identity tells it now, or null when identity cannot (or will not) say.</summary>
    public async Task<UserAccessChanged?> CallerAccessAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!_identityKnown || user.GetUserId() is not { } userId || BearerToken() is not { } token)
        {
            return null;
        }

        var key = (nameof(IdentityAccessLookup), userId, token.GetHashCode(StringComparison.Ordinal));
        if (cache.TryGetValue(key, out UserAccessChanged? known))
        {
            return known;
        }

        var answer = await AskAsync(token, cancellationToken);
        // An answer about someone else (it cannot happen with the caller's own token) is no answer.
        answer = answer?.UserId == userId ? answer : null;
        cache.Set(key, answer, answer is null ? FailureLifetime : AnswerLifetime);
        return answer;
    }

    private async Task<UserAccessChanged?> AskAsync(string token, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/me/access");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                // 401: the person can no longer sign in (deactivated, deleted); the narrowest scope is right.
                logger.LogInformation("Identity answered {Status} for the caller's access; answering as for the narrowest scope.", (int)response.StatusCode);
                return null;
            }

            return await response.Content.ReadFromJsonAsync<UserAccessChanged>(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Identity could not tell the caller's access; answering as for the narrowest scope.");
            return null;
        }
    }

    private string? BearerToken()
    {
        var header = httpContext.HttpContext?.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header is not null && header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }
}

public static class IdentityAccessLookupExtensions
{
    /// <summary>
    /// Registers <see cref="IdentityAccessLookup"/>, reaching identity through service discovery.
    /// </summary>
    public static TBuilder AddIdentityAccessLookup<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHttpClient<IdentityAccessLookup>(http =>
        {
            http.BaseAddress = new Uri($"https+http://{ResourceNames.Identity}");
            // A request waits for this at most once per caller; an unreachable identity must not hold it long.
            http.Timeout = TimeSpan.FromSeconds(3);
        });
        return builder;
    }
}
