using Portal.Contracts.Identity;
using Portal.Contracts.Security;

namespace Assets.Api.Scoping;

/// <summary>
/// What reading one kind of record takes: a permission and a portal area. The read endpoints require it
/// (<see cref="AccessEndpointExtensions.RequireAccess{TBuilder}(TBuilder, ReadAccess)"/>) and "who can see this"
/// explains with it, so the explanation cannot name a different rule than the one enforced.
/// </summary>
public sealed record ReadAccess(string Permission, string PortalArea)
{
    public static readonly ReadAccess Devices = new(Permissions.DevicesRead, PortalAreas.Devices);
    public static readonly ReadAccess Objects = new(Permissions.ObjectsRead, PortalAreas.Objects);
    public static readonly ReadAccess Tickets = new(Permissions.TicketsRead, PortalAreas.Tickets);
    public static readonly ReadAccess VideoSessions = new(Permissions.VideoSessionsRead, PortalAreas.VideoSessions);
}
