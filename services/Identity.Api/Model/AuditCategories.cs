namespace Identity.Api.Model;

/// <summary>
/// The audit log's categories, as <c>GET /api/identity/audit?category=</c> names them. Every action of
/// <see cref="AuditActions"/> belongs to exactly one (<see cref="Application.AuditCatalog"/> says which).
/// </summary>
public static class AuditCategories
{
    /// <summary>Signing in, failing to, being locked out, and ending one's sessions.</summary>
    public const string SignIns = "sign-ins";

    /// <summary>Invitations and the set-password links sent in their place.</summary>
    public const string Invitations = "invitations";

    /// <summary>People created, imported and deleted.</summary>
    public const string People = "people";

    /// <summary>Role and scope changes, deactivation and reactivation, the organization's security policy.</summary>
    public const string RolesAndAccess = "roles-and-access";

    /// <summary>A person's own credentials: password, e-mail address, two-factor, linked external sign-ins.</summary>
    public const string AccountSecurity = "account-security";

    /// <summary>Support access windows, provider staff's "view as", and every request made under it.</summary>
    public const string SupportAccess = "support-access";

    public static readonly IReadOnlyList<string> All = [SignIns, Invitations, People, RolesAndAccess, AccountSecurity, SupportAccess];
}
