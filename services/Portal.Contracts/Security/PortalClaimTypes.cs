namespace Portal.Contracts.Security;

/// <summary>The claims of a Portal access token (ARCHITECTURE.md, "Identity and the request path").</summary>
public static class PortalClaimTypes
{
    public const string Subject = "sub";
    public const string OrganizationId = "org_id";

    /// <summary><see cref="OrganizationKinds.Provider"/> or <see cref="OrganizationKinds.Customer"/>.</summary>
    public const string OrganizationKind = "org_kind";
    public const string Role = "role";

    /// <summary>One claim per permission (a JSON array in the token).</summary>
    public const string Permissions = "permissions";
    public const string Locale = "locale";

    /// <summary>RFC 8693 actor: present while provider staff impersonate a customer user.</summary>
    public const string Actor = "act";
}
