namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>
/// A process seen in /proc. The start time (clock ticks since boot) tells it apart from a later process
/// that got the same pid, so that a test never waits for, or kills, a stranger.
/// </summary>
public sealed record ProcessInfo(int Pid, int ParentPid, long StartTime, string CommandLine, string? WorkingDirectory)
{
    public override string ToString() => $"{Pid} {CommandLine}";
}
