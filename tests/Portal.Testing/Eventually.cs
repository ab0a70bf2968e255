using Xunit;

namespace Portal.Testing;

/// <summary>Waits for something that happens asynchronously (an event crossing the broker, a telemetry batch).</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? because = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting{(because is null ? "" : " for " + because)}; last value: {Describe(value)}");
            }

            await Task.Delay(150);
        }
    }

    private static string Describe<T>(T value) => value switch
    {
        System.Collections.IEnumerable items and not string => $"[{string.Join(", ", items.Cast<object?>())}]",
        _ => value?.ToString() ?? "null",
    };
}
