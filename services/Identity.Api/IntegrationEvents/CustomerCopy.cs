using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Portal.Contracts.Security;

namespace Identity.Api.IntegrationEvents;

/// <summary>Writes a customer's current state into identity's copy, creating it when an earlier event was missed.</summary>
internal static class CustomerCopy
{
    public static async Task UpsertAsync(
        IdentityDbContext db, Guid customerId, Guid providerId, string name, string slug, string type, Guid? departmentId, bool independent,
        CancellationToken cancellationToken)
    {
        var customer = await db.Organizations.FindAsync([customerId], cancellationToken);
        if (customer is null)
        {
            customer = new Organization { Id = customerId, Kind = OrganizationKinds.Customer, Name = name };
            db.Organizations.Add(customer);
        }

        customer.Name = name;
        customer.ProviderId = providerId;
        customer.Slug = slug;
        customer.CustomerType = type;
        customer.DepartmentId = departmentId;
        customer.Independent = independent;
    }
}
