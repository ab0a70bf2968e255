using Portal.Contracts.Identity;
using Portal.Contracts.Security;

namespace Tenants.Api.Tests.Infrastructure;

/// <summary>UserAccessChanged events as identity publishes them.</summary>
public static class UserAccess
{
    /// <param name="active">False for a user who is invited, without access or deactivated: still a user of the customer.</param>
    public static UserAccessChanged CustomerUser(Guid userId, Guid customerId, bool active = true) =>
        new(userId, customerId, "customer", "member", [Permissions.DevicesRead, Permissions.TicketsRead], false, [], [], PortalAreas.All, [], active);

    /// <summary>What identity publishes when it deletes a user (or the invitation that created them).</summary>
    public static UserAccessChanged DeletedCustomerUser(Guid userId, Guid customerId) =>
        new(userId, customerId, "customer", "member", [], false, [], [], PortalAreas.All, [], false);

    public static UserAccessChanged ProviderStaff(
        Guid userId, Guid providerId, bool allCustomers, Guid[]? customerIds = null, Guid[]? departmentIds = null, bool active = true) =>
        new(userId, providerId, "provider", departmentIds is { Length: > 0 } ? "department-administrator" : "custom",
            [Permissions.CustomersRead], allCustomers, customerIds ?? [], departmentIds ?? [], [], [], active);
}
