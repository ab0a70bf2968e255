using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;

namespace Assets.Api.Apis.Access;

/// <summary>
/// Everyone of the record's customer and provider, each asked the two questions their own GET request
/// would be asked (the access filter, then the scope query); the chain of grants says which parts of
/// their scope answered yes.
/// </summary>
internal static class ItemAccessExplainer
{
    public static async Task<Results<Ok<ItemAccessResponse>, ProblemHttpResult>> ExplainAsync(
        ExplainedKind kind, Guid id, CallerScope caller, AssetsDbContext db, CallerScopeResolver resolver, CancellationToken cancellationToken)
    {
        if (await kind.FindVisible(db, caller, id, cancellationToken) is not { } item)
        {
            return Problems.NotFound(kind.NotFound);
        }

        var place = await PlaceAsync(db, item, cancellationToken);
        var candidates = await db.UserScopes.AsNoTracking()
            .Where(u => u.Role != "" && (u.OrganizationId == item.CustomerId
                || (u.OrganizationId == item.ProviderId && u.OrganizationKind == OrganizationKinds.Provider)))
            .ToListAsync(cancellationToken);

        var people = new List<PersonWhoSeesResponse>();
        var others = new List<PersonWhoDoesNotSeeResponse>();
        foreach (var candidate in candidates.OrderBy(c => c.OrganizationKind).ThenBy(PersonNames.SortKey, StringComparer.CurrentCultureIgnoreCase))
        {
            var scope = await resolver.OfPersonAsync(candidate, cancellationToken);
            var refusal = kind.RefusalFor(scope);
            if (refusal is null && await kind.FindVisible(db, scope, id, cancellationToken) is not null)
            {
                people.Add(new(PersonNames.Of(candidate, caller), Grants(kind, candidate, scope, place)));
            }
            else if (caller.IsProviderStaff || candidate.OrganizationId == caller.OrganizationId)
            {
                // Customers learn which of the provider's staff see their records, not the provider's whole staff.
                var reason = refusal ?? (scope.IsProviderStaff ? AccessExplanations.NotAnAccessibleCustomer : AccessExplanations.NotAssignedToObject);
                others.Add(new(PersonNames.Of(candidate, caller), reason.Code, reason.Detail?.Current ?? reason.Title.Current));
            }
        }

        var described = new ExplainedItemResponse(kind.Name, item.Id, item.Name, item.CustomerId, place.Customer?.Name, item.ObjectId, place.ObjectName);
        return TypedResults.Ok(new ItemAccessResponse(described, people, others));
    }

    /// <summary>The chain: organization, role, permission, then what narrows it (area and objects; staff: their customers).</summary>
    private static List<AccessGrantResponse> Grants(ExplainedKind kind, UserScope person, CallerScope scope, Place place)
    {
        if (!scope.IsProviderStaff)
        {
            return
            [
                new(GrantKinds.Organization, place.Customer?.Name, person.OrganizationId),
                new(GrantKinds.Role, person.Role),
                new(GrantKinds.Permission, kind.Access.Permission),
                new(GrantKinds.PortalArea, kind.Access.PortalArea),
                scope.ObjectIds is null ? new(GrantKinds.AllObjects, null) : new(GrantKinds.AssignedObject, place.ObjectName, place.ObjectId),
            ];
        }

        var grants = new List<AccessGrantResponse> { new(GrantKinds.ProviderStaff, null, person.OrganizationId), new(GrantKinds.Role, person.Role) };
        // The same two narrowings the resolver applies: a list of accounts, the departments' customers.
        if (!person.AllCustomers)
        {
            grants.Add(new(GrantKinds.AccessibleCustomer, place.Customer?.Name, place.CustomerId));
        }

        if (person.DepartmentIds.Count > 0)
        {
            grants.Add(new(GrantKinds.Department, place.DepartmentName, place.Customer?.DepartmentId));
        }

        if (person.AllCustomers && person.DepartmentIds.Count == 0)
        {
            grants.Add(new(GrantKinds.AllCustomers, null));
        }

        grants.Add(new(GrantKinds.Permission, kind.Access.Permission));
        return grants;
    }

    private static async Task<Place> PlaceAsync(AssetsDbContext db, ExplainedItem item, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == item.CustomerId, cancellationToken);
        var objectName = await db.Objects.AsNoTracking().Where(o => o.Id == item.ObjectId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var departmentName = customer?.DepartmentId is { } departmentId
            ? await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new Place(item.CustomerId, customer, item.ObjectId, objectName, departmentName);
    }

    private sealed record Place(Guid CustomerId, Customer? Customer, Guid ObjectId, string? ObjectName, string? DepartmentName);
}
