namespace Portal.AppHost.Hosting;

/// <summary>
/// A process as pid plus start time (field 22 of /proc/&lt;pid&gt;/stat): pids are reused quickly
/// (pid_max is 32768 here), so a pid alone must never be signalled after the fact.
/// </summary>
internal readonly record struct ProcessIdentity(int Pid, long StartTime)
{
    public override string ToString() => $"{Pid}:{StartTime}";
}
