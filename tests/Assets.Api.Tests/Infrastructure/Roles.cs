using Portal.Contracts.Security;

namespace Assets.Api.Tests.Infrastructure;

/// <summary>The permissions the built-in roles bundle, as identity's RoleCatalog has them (identity owns the real ones).</summary>
public static class Roles
{
    public static readonly string[] CustomerMember =
    [
        Permissions.ObjectsRead, Permissions.DevicesRead, Permissions.TicketsRead, Permissions.TicketsCreate,
        Permissions.VideoSessionsRead, Permissions.DashboardView,
    ];

    public static readonly string[] CustomerModerator = [.. CustomerMember, Permissions.TicketsManage, Permissions.VideoSessionsManage];

    public static readonly string[] CustomerAdministrator = [.. CustomerModerator, Permissions.UsersRead, Permissions.TeamManage, Permissions.AuditRead];

    public static readonly string[] ProviderAdministrator =
    [
        Permissions.CustomersRead, Permissions.ObjectsRead, Permissions.ObjectsManage, Permissions.DevicesRead, Permissions.DevicesManage,
        Permissions.TicketsRead, Permissions.TicketsCreate, Permissions.TicketsManage, Permissions.VideoSessionsRead, Permissions.VideoSessionsManage,
        Permissions.TemplatesManage, Permissions.DashboardView, Permissions.UsersRead,
    ];
}
