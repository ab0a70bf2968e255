namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>A process seen in /proc; the start time tells it apart from a later process with the same pid.</summary>
public sealed record ProcessInfo(int Pid, long StartTime, string CommandLine)
{
    public override string ToString() => $"{Pid} {CommandLine}";
}
