using Portal.Contracts.Organizations;
using Tenants.Api.Model;

namespace Tenants.Api.IntegrationEvents;

/// <summary>The customer events carry the whole current state, so consumers never ask tenants.</summary>
public static class CustomerIntegrationEvents
{
    public static CustomerCreated Created(Customer customer) => new(
        customer.Id, customer.ProviderId, customer.Name, customer.Slug, customer.Type.ToName(), customer.DepartmentId, customer.Independent);

    public static CustomerUpdated Updated(Customer customer) => new(
        customer.Id, customer.ProviderId, customer.Name, customer.Slug, customer.Type.ToName(), customer.DepartmentId, customer.Independent);
}
