namespace Tenants.Api.Model;

public enum OrganizationKind
{
    Provider,
    Customer,
}
