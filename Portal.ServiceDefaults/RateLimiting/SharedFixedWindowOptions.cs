namespace Portal.ServiceDefaults.RateLimiting;

/// <summary>
/// How many permits one partition gets per window. No queue: waiting would only hold a guessing client's
/// connection open, so a request past the limit is refused at once.
/// </summary>
public sealed record SharedFixedWindowOptions(int PermitLimit, TimeSpan Window);
