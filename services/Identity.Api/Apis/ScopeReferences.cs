using Identity.Api.Application;
using Microsoft.EntityFrameworkCore;

namespace Identity.Api.Apis;

/// <summary>
/// The ids a person's scope stores (assigned objects, accessible customers, departments) are checked
/// where they are stored: each must exist, belong to the right organization and stay within the bounds
/// of docs/input-limits.md; a foreign id and an unknown one get the same answer.
/// </summary>
internal static class ScopeReferences
{
    /// <summary>
    /// Objects are the customer's own, as identity knows them from assets' events; another customer's
    /// object and an id nobody has get the same answer. An archived object is not handed out again, but
    /// one the person has already stays when the rest of their scope is edited.
    /// </summary>
    public static async Task CheckObjectsAsync(
        Guid customerId, IReadOnlyList<Guid>? objectIds, IReadOnlyList<Guid> current, UserServices services, Validation validation, CancellationToken cancellationToken)
    {
        if (objectIds is not { Count: > 0 })
        {
            return;
        }

        var distinct = objectIds.Distinct().ToArray();
        if (distinct.Length > Validation.MaxAssignedObjects)
        {
            validation.Add("objectIds", ValidationMessages.TooManyObjects.Format(Validation.MaxAssignedObjects));
            return;
        }

        var kept = current.ToArray();
        var known = await services.Db.CustomerObjects.AsNoTracking()
            .CountAsync(o => distinct.Contains(o.Id) && o.CustomerId == customerId && (o.ArchivedAt == null || kept.Contains(o.Id)), cancellationToken);
        if (known != distinct.Length)
        {
            validation.Add("objectIds", ValidationMessages.ForeignObjects);
        }
    }

    public static async Task CheckStaffScopeAsync(
        UserAccess caller, UpdateUserRequest request, UserServices services, Validation validation, CancellationToken cancellationToken)
    {
        if (request.AccessibleAccounts is { All: false, CustomerIds.Count: > Validation.MaxAccessibleCustomers })
        {
            validation.Add("accessibleAccounts.customerIds", ValidationMessages.TooManyCustomers.Format(Validation.MaxAccessibleCustomers));
        }
        else if (request.AccessibleAccounts is { All: false, CustomerIds: { Count: > 0 } customerIds })
        {
            var customers = await services.Db.Organizations.AsNoTracking().Where(o => customerIds.Contains(o.Id)).ToListAsync(cancellationToken);
            if (customerIds.Distinct().Count() != customers.Count(c => OrganizationAccess.CanSeeCustomer(caller, c)))
            {
                validation.Add("accessibleAccounts.customerIds", ValidationMessages.ForeignCustomers);
            }
        }

        if (request.DepartmentIds is { Count: > Validation.MaxDepartments })
        {
            validation.Add("departmentIds", ValidationMessages.TooManyDepartments.Format(Validation.MaxDepartments));
        }
        else if (request.DepartmentIds is { Count: > 0 } departmentIds)
        {
            var known = await services.Db.Departments.AsNoTracking()
                .CountAsync(d => departmentIds.Contains(d.Id) && d.ProviderId == caller.Organization.Id && d.ArchivedAt == null, cancellationToken);
            if (known != departmentIds.Distinct().Count())
            {
                validation.Add("departmentIds", ValidationMessages.ForeignDepartments);
            }
        }
    }
}
