using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Notifications.Api.Tests.Infrastructure;

/// <summary>Calls to the service's API as a given user.</summary>
public static class NotificationsAppExtensions
{
    /// <param name="acceptLanguage">The Accept-Language header to send, if any.</param>
    public static async Task<HttpResponseMessage> SendAsync(
        this NotificationsApp app, HttpMethod method, string path, string? token, object? body = null, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await app.Client.SendAsync(request);
    }
}
