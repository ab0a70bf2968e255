namespace Portal.Testing;

/// <summary>Tokens for whole-stack tests: provider staff and customer users with the given permissions.</summary>
public static class TestTokens
{
    /// <summary>Handed to every service of a test stack as <c>Identity__TestSigningKey</c>.</summary>
    public const string SigningKey = "portal-stack-tests-signing-key-0123456789";

    public static string ProviderStaff(string issuer, Guid providerId, params string[] permissions) =>
        TestJwt.Sign(SigningKey, issuer, Claims(providerId, "provider", permissions));

    public static string CustomerUser(string issuer, Guid customerId, params string[] permissions) =>
        TestJwt.Sign(SigningKey, issuer, Claims(customerId, "customer", permissions));

    private static Dictionary<string, object> Claims(Guid organizationId, string organizationKind, string[] permissions) => new()
    {
        ["sub"] = Guid.NewGuid().ToString(),
        ["org_id"] = organizationId.ToString(),
        ["org_kind"] = organizationKind,
        ["permissions"] = permissions,
    };
}
