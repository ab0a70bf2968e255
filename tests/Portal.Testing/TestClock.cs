using System.Net.Http.Json;

namespace Portal.Testing;

/// <summary>
/// Moves a running service's clock through its <c>/testing/clock</c> endpoints (the service runs with
/// <c>Testing__AdjustableClock=true</c>), so that a test checks an expiry at T-1 s and at T without waiting.
/// </summary>
public sealed class TestClock(HttpClient service)
{
    public async Task<DateTimeOffset> NowAsync() =>
        (await service.GetFromJsonAsync<ClockState>("/testing/clock"))!.Now;

    /// <summary>Stops the clock at <paramref name="at"/> (default: now); everything the service stamps uses it.</summary>
    public async Task<DateTimeOffset> FreezeAsync(DateTimeOffset? at = null) =>
        await SendAsync(service.PutAsJsonAsync("/testing/clock", new { frozenAt = at ?? DateTimeOffset.UtcNow }));

    public async Task<DateTimeOffset> AdvanceAsync(TimeSpan by) =>
        await SendAsync(service.PostAsJsonAsync("/testing/clock/advance", new { seconds = by.TotalSeconds }));

    /// <summary>Back to the system clock; call it when the test ends, the service is shared.</summary>
    public async Task ResetAsync() => await SendAsync(service.DeleteAsync("/testing/clock"));

    private static async Task<DateTimeOffset> SendAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ClockState>())!.Now;
    }

    private sealed record ClockState(DateTimeOffset Now);
}
