namespace Assets.Api.Tests.Infrastructure;

/// <summary>
/// Mints access tokens as identity will issue them (sub, org_id, org_kind, role, permissions), signed
/// with the test key the service accepts in Development (as tests/Portal.Stack.Tests does).
/// </summary>
public static class TestTokens
{
    public const string SigningKey = "assets-api-tests-signing-key-0123456789";
    public const string PublicUrl = "http://portal.test";

    public static string For(TestUser user)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = user.Id.ToString(),
            ["org_id"] = user.OrganizationId.ToString(),
            ["org_kind"] = user.OrganizationKind,
            ["role"] = user.Role,
            ["permissions"] = user.Permissions,
        };
        if (user.Locale is { } locale)
        {
            claims["locale"] = locale;
        }

        return TestJwt.Sign(SigningKey, PublicUrl + "/", claims);
    }
}
