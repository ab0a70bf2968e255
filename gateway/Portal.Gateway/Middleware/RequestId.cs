using System.Buffers;

namespace Portal.Gateway.Middleware;

/// <summary>What counts as a request id we accept from a client, and how we make one.</summary>
public static class RequestId
{
    public const string HeaderName = "X-Request-Id";

    /// <summary>The tag on the request's span, so that a request id a user reports leads to its trace.</summary>
    public const string ActivityTag = "portal.request_id";

    public const int MaxLength = 64;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.");

    /// <summary>
    /// Short and plain, because the value goes into logs, traces and other services' headers:
    /// anything else (a second value, spaces, control characters, a novel) is replaced.
    /// </summary>
    public static bool IsAcceptable(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && !value.AsSpan().ContainsAnyExcept(Allowed);

    /// <summary>Version 7: time-ordered, so ids sort roughly by when the requests came in.</summary>
    public static string Create() => Guid.CreateVersion7().ToString("N");
}
