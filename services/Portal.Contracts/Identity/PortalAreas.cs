namespace Portal.Contracts.Identity;

/// <summary>The parts of the customer portal a customer user may be allowed to open.</summary>
public static class PortalAreas
{
    public const string Dashboard = "dashboard";
    public const string Devices = "devices";
    public const string Tickets = "tickets";
    public const string Objects = "objects";
    public const string VideoSessions = "video-sessions";
    public const string Team = "team";

    public static readonly IReadOnlyList<string> All = [Dashboard, Devices, Tickets, Objects, VideoSessions, Team];
}
