namespace Notifications.Api.Tests.Infrastructure;

/// <summary>Access tokens for a given user, signed with the test key the service is given.</summary>
public static class UserTokens
{
    public const string PublicUrl = "http://portal.test";

    public static string CustomerUser(Guid userId, Guid? customerId = null) =>
        Mint(userId, customerId ?? Guid.NewGuid(), "customer", "member", []);

    /// <summary>A customer administrator, who manages the team of <paramref name="customerId"/>.</summary>
    public static string CustomerAdministrator(Guid customerId) =>
        Mint(Guid.NewGuid(), customerId, "customer", "administrator", [Portal.Contracts.Security.Permissions.TeamManage]);

    private static string Mint(Guid userId, Guid organizationId, string organizationKind, string role, string[] permissions) =>
        TestJwt.Sign(TestTokens.SigningKey, PublicUrl + "/", new Dictionary<string, object>
        {
            ["sub"] = userId.ToString(),
            ["org_id"] = organizationId.ToString(),
            ["org_kind"] = organizationKind,
            ["role"] = role,
            ["permissions"] = permissions,
        });
}
