using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.ServiceDefaults.Errors;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;
using Portal.ServiceDefaults.Security;
using Tenants.Api.Infrastructure;
using Tenants.Api.Infrastructure.EntityConfigurations;
using Tenants.Api.IntegrationEvents;
using Tenants.Api.Model;

namespace Tenants.Api.Apis;

public static partial class CustomersApi
{
    public static async Task<Results<Created<CustomerResponse>, ValidationProblem, NotFound, ForbidHttpResult, ProblemHttpResult>> CreateCustomer(
        CreateCustomerRequest request, ClaimsPrincipal user, CustomerVisibility visibility, TenantsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // Only the caller's own provider gets customers; a token of an unknown organization finds nothing.
        if (user.GetOrganizationId() is not { } providerId
            || !await db.Organizations.AnyAsync(o => o.Id == providerId && o.Kind == OrganizationKind.Provider, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        // Staff of whom nothing is known yet, and deactivated staff, create nothing: fail closed.
        if (!(await visibility.StaffScopeAsync(user, cancellationToken)).Active)
        {
            return TypedResults.Forbid();
        }

        var errors = new FieldErrors();
        var name = CustomerRules.Name(request.Name, errors);
        var type = CustomerRules.Type(request.Type, errors);
        var givenSlug = string.IsNullOrWhiteSpace(request.Slug) ? null : CustomerRules.Slug(request.Slug.Trim(), errors);
        await CustomerRules.CheckDepartmentAsync(db, visibility, user, providerId, request.DepartmentId, errors, cancellationToken);
        if (name is not null && givenSlug is null && !errors.Fields.Contains("slug") && Slugs.Derive(name).Length < Slugs.MinLength)
        {
            errors.Add("slug", SlugMessages.NotDerivable.Format(Slugs.MinLength));
        }

        if (errors.Any || name is null || type is null)
        {
            return errors.ToProblem();
        }

        var slug = givenSlug ?? Slugs.Derive(name);
        if (Slugs.Reserved.Contains(slug) || await CustomerRules.SlugInUseAsync(db, slug, null, cancellationToken))
        {
            return await CustomerRules.SlugTakenAsync(db, slug, cancellationToken);
        }

        var customer = new Customer
        {
            Id = Guid.CreateVersion7(),
            ProviderId = providerId,
            Name = name,
            Slug = slug,
            Type = type.Value,
            DepartmentId = request.DepartmentId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Customers.Add(customer);
        db.AddCustomerAudit(customer, CustomerAuditActions.Created, user, clock);
        db.AddIntegrationEvent(CustomerIntegrationEvents.Created(customer), clock);

        if (await TrySaveAsync(db, slug, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/tenants/customers/{customer.Id}", CustomerResponse.From(customer));
    }

    public static async Task<Results<Ok<CustomerResponse>, ValidationProblem, NotFound, ForbidHttpResult, ProblemHttpResult>> UpdateCustomer(
        Guid id, UpdateCustomerRequest request, ClaimsPrincipal user, CustomerVisibility visibility, TenantsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
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

        var errors = new FieldErrors();
        var name = request.Name is null ? customer.Name : CustomerRules.Name(request.Name, errors);
        var type = request.Type is null ? customer.Type : CustomerRules.Type(request.Type, errors);
        var slug = request.Slug is null ? customer.Slug : CustomerRules.Slug(request.Slug.Trim(), errors);
        var departmentId = request.DepartmentId.IsSet ? request.DepartmentId.Value : customer.DepartmentId;
        if (departmentId != customer.DepartmentId)
        {
            await CustomerRules.CheckDepartmentAsync(db, visibility, user, customer.ProviderId, departmentId, errors, cancellationToken);
        }

        if (errors.Any || name is null || type is null || slug is null)
        {
            return errors.ToProblem();
        }

        if (customer.IsArchived)
        {
            return Problems.Conflict(CustomerProblems.Archived, "id");
        }

        // Only corporate customers have portal users: any user identity has not deleted (invited,
        // without access, deactivated or active; see UserScope.Exists) blocks the switch.
        if (customer.Type == CustomerType.Corporate && type == CustomerType.Individual
            && await db.UserScopes.AnyAsync(s => s.OrganizationId == customer.Id && (s.Active || s.Permissions.Count > 0), cancellationToken))
        {
            return Problems.Conflict(CustomerProblems.HasPortalUsers, "type");
        }

        if (slug != customer.Slug && await CustomerRules.SlugInUseAsync(db, slug, customer.Id, cancellationToken))
        {
            return await CustomerRules.SlugTakenAsync(db, slug, cancellationToken);
        }

        var changed = new[]
        {
            (Field: "name", Changed: name != customer.Name),
            (Field: "type", Changed: type != customer.Type),
            (Field: "slug", Changed: slug != customer.Slug),
            (Field: "departmentId", Changed: departmentId != customer.DepartmentId),
        }.Where(f => f.Changed).Select(f => f.Field).ToList();
        (customer.Name, customer.Type, customer.Slug, customer.DepartmentId) = (name, type.Value, slug, departmentId);

        // Saving nothing publishes nothing: consumers see one event per real change.
        if (changed.Count > 0)
        {
            db.AddCustomerAudit(customer, CustomerAuditActions.Updated, user, clock, string.Join(", ", changed));
            db.AddIntegrationEvent(CustomerIntegrationEvents.Updated(customer), clock);
            if (await TrySaveAsync(db, slug, cancellationToken) is { } conflict)
            {
                return conflict;
            }
        }

        return TypedResults.Ok(CustomerResponse.From(customer));
    }

    public static async Task<Results<NoContent, NotFound, ForbidHttpResult, ProblemHttpResult>> ArchiveCustomer(
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

        // Archiving twice is not an error, and not a second event either.
        if (customer.IsArchived)
        {
            return TypedResults.NoContent();
        }

        customer.ArchivedAt = clock.GetUtcNow();
        db.AddCustomerAudit(customer, CustomerAuditActions.Archived, user, clock);
        db.AddIntegrationEvent(new CustomerArchived(customer.Id, customer.ProviderId), clock);
        return await TrySaveAsync(db, customer.Slug, cancellationToken) is { } conflict ? conflict : TypedResults.NoContent();
    }

    /// <summary>Saves; a concurrent change of the same customer or a slug taken meanwhile is a 409.</summary>
    private static async Task<ProblemHttpResult?> TrySaveAsync(TenantsDbContext db, string slug, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict(CustomerProblems.ChangedMeanwhile, "id");
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: CustomerConfiguration.UniqueSlugIndex })
        {
            db.ChangeTracker.Clear();
            return await CustomerRules.SlugTakenAsync(db, slug, cancellationToken);
        }
    }
}
