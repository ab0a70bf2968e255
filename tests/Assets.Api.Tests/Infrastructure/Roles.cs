using Portal.Contracts.Security;

namespace Assets.Api.Tests.Infrastructure;

/// <summary>The permissions the roles are expected to bundle (identity owns the real ones).</summary>
public static class Roles
{
    public static readonly string[] CustomerMember =
    [
        Permissions.ObjectsRead, Permissions.DevicesRead, Permissions.TicketsRead, Permissions.TicketsCreate,
        Permissions.VideoSessionsRead, Permissions.DashboardView,
    ];

    public static readonly string[] CustomerModerator = [.. CustomerMember, Permissions.TicketsManage, Permissions.VideoSessionsManage];

    public static readonly string[] CustomerAdministrator = [.. CustomerModerator, Permissions.ObjectsManage, Permissions.DevicesManage, Permissions.TeamManage];

    public static readonly string[] ProviderAdministrator =
    [
        Permissions.CustomersRead, Permissions.ObjectsRead, Permissions.ObjectsManage, Permissions.DevicesRead, Permissions.DevicesManage,
        Permissions.TicketsRead, Permissions.TicketsCreate, Permissions.TicketsManage, Permissions.VideoSessionsRead, Permissions.VideoSessionsManage,
        Permissions.TemplatesManage, Permissions.DashboardView,
    ];
}
