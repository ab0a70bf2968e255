using System.Security.Claims;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Security;
using Portal.Web.Api;
using Area = Portal.Contracts.Identity.PortalAreas;

namespace Portal.Web.Components.Shared;

/// <summary>
/// The customer portal's areas as the signed-in user may open them. The navigation, the page guard and
/// the start page ask here, so that what the menu offers and what an address opens never disagree.
/// Areas come from /me (not the cookie), so "view as" follows the viewed user's areas.
/// </summary>
public sealed class PortalAreas(IdentityClient identity)
{
    /// <summary>Each area, the address it owns (and everything below it), and the permission it needs besides.</summary>
    public static readonly IReadOnlyList<PortalArea> All =
    [
        new(Area.Dashboard, "/dashboard", Permissions.DashboardView),
        new(Area.Devices, "/devices", Permissions.DevicesRead),
        new(Area.Tickets, "/tickets", Permissions.TicketsRead),
        new(Area.Objects, "/objects", Permissions.ObjectsRead),
        new(Area.VideoSessions, "/video-sessions", Permissions.VideoSessionsRead),
        new(Area.Team, "/team", Permissions.TeamManage),
    ];

    /// <summary>
    /// A new person's areas when none are chosen, as identity's role catalogue gives them: an administrator
    /// gets every area, anyone else every area but team management. The dialogs show these, and send
    /// nothing unless someone changes them, so identity's own defaults stay the ones that count.
    /// </summary>
    public static IReadOnlyList<string> DefaultsFor(string role) =>
        [.. All.Select(a => a.Name).Where(name => role == "administrator" || name != Area.Team)];

    private Task<IReadOnlySet<string>?>? _granted;

    /// <summary>The area an address belongs to, or null for addresses outside every area.</summary>
    public static PortalArea? Of(string path)
    {
        var clean = "/" + path.Split('?', '#')[0].Trim('/');
        return All.FirstOrDefault(a => clean.Equals(a.Path, StringComparison.OrdinalIgnoreCase)
            || clean.StartsWith(a.Path + "/", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the user may open the area. Provider staff are not limited by areas. When identity cannot
    /// say, nothing is hidden: the services refuse on their own, and a menu must not vanish on a hiccup.
    /// </summary>
    public async Task<bool> MayOpenAsync(ClaimsPrincipal user, PortalArea area) =>
        user.HasPermission(area.Permission) && await HoldsAsync(user, area);

    /// <summary>Whether the area is part of the user's access, whatever their role's permissions.</summary>
    public async Task<bool> HoldsAsync(ClaimsPrincipal user, PortalArea area) =>
        user.IsProviderStaff() || await GrantedAsync() is not { } granted || granted.Contains(area.Name);

    /// <summary>The areas the user may open, in menu order.</summary>
    public async Task<IReadOnlyList<PortalArea>> OpenToAsync(ClaimsPrincipal user)
    {
        var open = new List<PortalArea>();
        foreach (var area in All)
        {
            if (await MayOpenAsync(user, area))
            {
                open.Add(area);
            }
        }

        return open;
    }

    // One /me per circuit: areas change only when an administrator edits them, and the next page load shows that.
    private Task<IReadOnlySet<string>?> GrantedAsync() => _granted ??= LoadAsync();

    private async Task<IReadOnlySet<string>?> LoadAsync()
    {
        var me = await identity.GetMeAsync();
        return me.Value?.PortalAreas is { } areas ? areas.ToHashSet(StringComparer.Ordinal) : null;
    }
}

/// <summary>One customer portal area: its name (as identity grants it), its address and the permission it needs.</summary>
public sealed record PortalArea(string Name, string Path, string Permission);
