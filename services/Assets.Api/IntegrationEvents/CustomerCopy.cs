using Assets.Api.Infrastructure;
using Assets.Api.Model;

namespace Assets.Api.IntegrationEvents;

/// <summary>Creates or refreshes assets' copy of a customer; created and updated events carry the whole state.</summary>
internal static class CustomerCopy
{
    public static async Task UpsertAsync(
        AssetsDbContext db, Guid customerId, Guid providerId, string name, string slug, string type, Guid? departmentId, bool independent, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FindAsync([customerId], cancellationToken);
        if (customer is null)
        {
            customer = new Customer { Id = customerId, Name = name, Slug = slug, Type = type };
            db.Customers.Add(customer);
        }

        customer.ProviderId = providerId;
        customer.Name = name;
        customer.Slug = slug;
        customer.Type = type;
        customer.DepartmentId = departmentId;
        customer.Independent = independent;
    }
}
