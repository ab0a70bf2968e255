using Portal.Contracts.Identity;

namespace Tenants.Api.Tests.Infrastructure;

/// <summary>UserAccessChanged events as identity publishes them.</summary>
public static class UserAccess
{
    public static UserAccessChanged CustomerUser(Guid userId, Guid customerId, bool active = true) =>
        new(userId, customerId, "customer", "member", [], false, [], [], PortalAreas.All, [], active);

    public static UserAccessChanged ProviderStaff(
        Guid userId, Guid providerId, bool allCustomers, Guid[]? customerIds = null, Guid[]? departmentIds = null, bool active = true) =>
        new(userId, providerId, "provider", departmentIds is { Length: > 0 } ? "department-administrator" : "custom",
            [], allCustomers, customerIds ?? [], departmentIds ?? [], [], [], active);
}
