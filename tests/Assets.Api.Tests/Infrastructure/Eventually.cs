namespace Assets.Api.Tests.Infrastructure;

/// <summary>Waits for something that happens asynchronously (an event crossing the broker).</summary>
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
                Assert.Fail($"Timed out waiting{(because is null ? "" : " for " + because)}; last value: {value}");
            }

            await Task.Delay(100);
        }
    }
}
