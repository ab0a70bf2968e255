using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;
using Tenants.Api.Infrastructure;
using Tenants.Api.Model;

namespace Tenants.Api.Apis;

public static partial class CustomersApi
{
    /// <summary>
    /// A managed corporate customer becomes independent: it administers its own users from now on;
    /// the provider keeps serving it. Only a provider administrator can undo it (<see cref="RevertIndependence"/>).
    /// </summary>
    public static async Task<Results<Ok<CustomerResponse>, NotFound, ForbidHttpResult, ProblemHttpResult>> MakeIndependent(
        Guid id, ClaimsPrincipal user, CustomerVisibility visibility, TenantsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await visibility.VisibleCustomersAsync(user, cancellationToken) is not { } customers)
        {
            return TypedResults.Forbid();
        }

        var customer = await customers.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null)
        {
            return TypedResults.NotFound();
        }

        var refusal = customer switch
        {
            { IsArchived: true } => CustomerProblems.ArchivedNotIndependent,
            { Independent: true } => CustomerProblems.IndependentAlready,
            { Type: CustomerType.Individual } => CustomerProblems.IndividualNotIndependent,
            _ => null,
        };
        if (refusal is not null)
        {
            return Problems.Conflict(refusal, "independent");
        }

        customer.Independent = true;
        db.AddCustomerAudit(customer, CustomerAuditActions.BecameIndependent, user, clock);
        db.AddIntegrationEvent(new CustomerBecameIndependent(customer.Id, customer.ProviderId), clock);
        return await TrySaveAsync(db, customer.Slug, cancellationToken) is { } conflict ? conflict : TypedResults.Ok(CustomerResponse.From(customer));
    }

    /// <summary>The explicit undo of <see cref="MakeIndependent"/>; the endpoint demands a provider administrator.</summary>
    public static async Task<Results<Ok<CustomerResponse>, NotFound, ForbidHttpResult, ProblemHttpResult>> RevertIndependence(
        Guid id, ClaimsPrincipal user, CustomerVisibility visibility, TenantsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await visibility.VisibleCustomersAsync(user, cancellationToken) is not { } customers)
        {
            return TypedResults.Forbid();
        }

        var customer = await customers.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null)
        {
            return TypedResults.NotFound();
        }

        var refusal = customer switch
        {
            { IsArchived: true } => CustomerProblems.ArchivedNotReverted,
            { Independent: false } => CustomerProblems.ManagedAlready,
            _ => null,
        };
        if (refusal is not null)
        {
            return Problems.Conflict(refusal, "independent");
        }

        customer.Independent = false;
        db.AddCustomerAudit(customer, CustomerAuditActions.IndependenceReverted, user, clock);
        db.AddIntegrationEvent(new CustomerIndependenceReverted(customer.Id, customer.ProviderId), clock);
        return await TrySaveAsync(db, customer.Slug, cancellationToken) is { } conflict ? conflict : TypedResults.Ok(CustomerResponse.From(customer));
    }
}
