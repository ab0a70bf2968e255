namespace Assets.Api.Model;

public static class DeviceStatuses
{
    public const string Operational = "operational";
    public const string Warning = "warning";
    public const string Fault = "fault";
    public const string Offline = "offline";
    public const string Decommissioned = "decommissioned";

    public static readonly IReadOnlyList<string> All = [Operational, Warning, Fault, Offline, Decommissioned];
}
