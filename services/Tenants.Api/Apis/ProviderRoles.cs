namespace Tenants.Api.Apis;

/// <summary>The <c>role</c> claim values of provider staff that tenants checks itself.</summary>
public static class ProviderRoles
{
    /// <summary>Only a provider administrator may make an independent customer managed again.</summary>
    public const string Administrator = "administrator";
}
