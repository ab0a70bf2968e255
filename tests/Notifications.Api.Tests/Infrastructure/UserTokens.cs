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

    /// <summary>A member of the provider's staff with the given permissions.</summary>
    public static string ProviderStaff(Guid providerId, params string[] permissions) =>
        ProviderStaff(Guid.NewGuid(), providerId, permissions);

    public static string ProviderStaff(Guid userId, Guid providerId, params string[] permissions) =>
        Mint(userId, providerId, "provider", "administrator", permissions);

    /// <summary>A customer's member who chose a language (the <c>locale</c> claim).</summary>
    public static string CustomerUserSpeaking(string locale) => Mint(Guid.NewGuid(), Guid.NewGuid(), "customer", "member", [], locale);

    private static string Mint(Guid userId, Guid organizationId, string organizationKind, string role, string[] permissions, string? locale = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = userId.ToString(),
            ["org_id"] = organizationId.ToString(),
            ["org_kind"] = organizationKind,
            ["role"] = role,
            ["permissions"] = permissions,
        };
        if (locale is not null)
        {
            claims["locale"] = locale;
        }

        return TestJwt.Sign(TestTokens.SigningKey, PublicUrl + "/", claims);
    }
}
