namespace Notifications.Api.Tests.Infrastructure;

/// <summary>Access tokens for a given user, signed with the test key the service is given.</summary>
public static class UserTokens
{
    public const string PublicUrl = "http://portal.test";

    public static string CustomerUser(Guid userId, Guid? customerId = null) =>
        TestJwt.Sign(TestTokens.SigningKey, PublicUrl + "/", new Dictionary<string, object>
        {
            ["sub"] = userId.ToString(),
            ["org_id"] = (customerId ?? Guid.NewGuid()).ToString(),
            ["org_kind"] = "customer",
            ["role"] = "member",
            ["permissions"] = Array.Empty<string>(),
        });
}
