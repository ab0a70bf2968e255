namespace Portal.Contracts.Security;

/// <summary>
/// Permission names as they appear in the <c>permissions</c> claim. The identity service owns the
/// roles that bundle them; the other services only check for these names.
/// </summary>
public static class Permissions
{
    public const string CustomersRead = "customers.read";
    public const string CustomersManage = "customers.manage";
    public const string DepartmentsRead = "departments.read";
    public const string DepartmentsManage = "departments.manage";

    public const string InvitationsManage = "invitations.manage";
    public const string UsersRead = "users.read";
    public const string UsersManage = "users.manage";
    public const string RolesManage = "roles.manage";
    public const string UsersImpersonate = "users.impersonate";

    /// <summary>Impersonation that may change data, not only read it.</summary>
    public const string UsersImpersonateFullAccess = "users.impersonate.full";

    /// <summary>Customer administrators: manage the employees of their own organization.</summary>
    public const string TeamManage = "team.manage";

    public const string ObjectsRead = "objects.read";
    public const string ObjectsManage = "objects.manage";
    public const string DevicesRead = "devices.read";
    public const string DevicesManage = "devices.manage";
    public const string TicketsRead = "tickets.read";

    /// <summary>Open tickets and comment on them.</summary>
    public const string TicketsCreate = "tickets.create";

    /// <summary>Work tickets: status, assignment; customers' moderators resolve and close.</summary>
    public const string TicketsManage = "tickets.manage";
    public const string VideoSessionsRead = "video-sessions.read";
    public const string VideoSessionsManage = "video-sessions.manage";
    public const string TemplatesManage = "templates.manage";
    public const string DashboardView = "dashboard.view";
    public const string AuditRead = "audit.read";

    /// <summary>Every permission, for validation of custom roles and the permission picker.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        CustomersRead, CustomersManage, DepartmentsRead, DepartmentsManage,
        InvitationsManage, UsersRead, UsersManage, RolesManage, UsersImpersonate, UsersImpersonateFullAccess, TeamManage,
        ObjectsRead, ObjectsManage, DevicesRead, DevicesManage, TicketsRead, TicketsCreate, TicketsManage,
        VideoSessionsRead, VideoSessionsManage, TemplatesManage, DashboardView, AuditRead,
    ];
}
