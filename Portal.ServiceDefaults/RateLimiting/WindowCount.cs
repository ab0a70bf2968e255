namespace Portal.ServiceDefaults.RateLimiting;

/// <summary>What one partition's window holds after this request was counted, as every replica sees it.</summary>
/// <param name="Count">Permits taken in the window so far, this request's included.</param>
/// <param name="RetryAfter">Time until the window ends, by the database's clock.</param>
public readonly record struct WindowCount(long Count, TimeSpan RetryAfter);
