using Identity.Api.Model;
using Portal.Contracts.Identity;
using Portal.Contracts.Security;
using P = Portal.Contracts.Security.Permissions;

namespace Identity.Api.Security;

/// <summary>The permissions each built-in role bundles. Custom roles carry their own list.</summary>
public static class RoleCatalog
{
    public static readonly IReadOnlyList<string> ProviderAdministrator = P.All;

    /// <summary>Everything about the customers of their departments; nothing provider-wide.</summary>
    public static readonly IReadOnlyList<string> DepartmentAdministrator =
    [
        P.CustomersRead, P.CustomersManage, P.DepartmentsRead, P.InvitationsManage, P.UsersRead, P.UsersManage,
        P.UsersImpersonate, P.ObjectsRead, P.ObjectsManage, P.DevicesRead, P.DevicesManage, P.TicketsRead,
        P.TicketsCreate, P.TicketsManage, P.VideoSessionsRead, P.VideoSessionsManage, P.DashboardView,
    ];

    /// <summary>Templates and the content customers see; may invite, but not administer users.</summary>
    public static readonly IReadOnlyList<string> ContentCreator =
    [
        P.CustomersRead, P.DepartmentsRead, P.InvitationsManage, P.UsersRead, P.ObjectsRead, P.DevicesRead,
        P.TicketsRead, P.VideoSessionsRead, P.TemplatesManage, P.DashboardView,
    ];

    /// <summary>Members read and open tickets.</summary>
    public static readonly IReadOnlyList<string> CustomerMember =
    [
        P.DashboardView, P.ObjectsRead, P.DevicesRead, P.TicketsRead, P.TicketsCreate, P.VideoSessionsRead,
    ];

    /// <summary>Moderators also handle tickets and video sessions.</summary>
    public static readonly IReadOnlyList<string> CustomerModerator = [.. CustomerMember, P.TicketsManage, P.VideoSessionsManage];

    /// <summary>Administrators also manage their team and read their organization's audit log.</summary>
    public static readonly IReadOnlyList<string> CustomerAdministrator = [.. CustomerModerator, P.UsersRead, P.TeamManage, P.AuditRead];

    public static bool IsValidRole(string organizationKind, string? role) =>
        organizationKind == OrganizationKinds.Provider ? Roles.ProviderRoles.Contains(role) : Roles.CustomerRoles.Contains(role);

    /// <summary>The permissions of a built-in role; a custom role's come from <paramref name="customRole"/>.</summary>
    public static IReadOnlyList<string> PermissionsOf(string organizationKind, string role, CustomRole? customRole = null) =>
        organizationKind == OrganizationKinds.Provider
            ? role switch
            {
                Roles.Administrator => ProviderAdministrator,
                Roles.DepartmentAdministrator => DepartmentAdministrator,
                Roles.ContentCreator => ContentCreator,
                Roles.Custom => customRole?.Permissions ?? [],
                _ => [],
            }
            : role switch
            {
                Roles.Administrator => CustomerAdministrator,
                Roles.Moderator => CustomerModerator,
                Roles.Member => CustomerMember,
                _ => [],
            };

    /// <summary>Default portal areas of a new customer user: all but team management, which is for administrators.</summary>
    public static List<string> DefaultPortalAreas(string role) =>
        role == Roles.Administrator ? [.. PortalAreas.All] : [.. PortalAreas.All.Where(a => a != PortalAreas.Team)];
}
