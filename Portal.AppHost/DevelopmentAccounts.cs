namespace Portal.AppHost;

/// <summary>
/// The provider organization and its first administrator that a development stack starts with, unless
/// the start-up parameters say otherwise (<see cref="StartupSettings"/>); the tests sign in with them too.
/// </summary>
public static class DevelopmentAccounts
{
    /// <summary>
    /// Given to tenants (which creates the organization) and to identity (which creates its first
    /// administrator in it) so that both agree from the first start.
    /// </summary>
    public const string ProviderId = "0193f1a0-0000-7000-8000-000000000001";

    public const string ProviderName = "Portal Provider";

    public const string AdminEmail = "admin@portal.localhost";

    /// <summary>Development only; elsewhere give the AppHost's <c>admin-password</c> parameter (<see cref="StartupSettings"/>).</summary>
    public const string AdminPassword = "portal-admin-development";
}
