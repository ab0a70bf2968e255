namespace Portal.Contracts.Security;

public static class OrganizationKinds
{
    public const string Provider = "provider";
    public const string Customer = "customer";
}
