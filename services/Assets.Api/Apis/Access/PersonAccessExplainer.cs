using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;

namespace Assets.Api.Apis.Access;

/// <summary>
/// The reverse of "who can see this": the scope a person's next request would get (the resolver's),
/// read out kind by kind (the access filter) with the customers and objects it reaches.
/// </summary>
internal static class PersonAccessExplainer
{
    public static async Task<Results<Ok<PersonAccessResponse>, ProblemHttpResult>> ExplainAsync(
        Guid userId, CallerScope caller, AssetsDbContext db, CallerScopeResolver resolver, CancellationToken cancellationToken)
    {
        var person = await db.UserScopes.AsNoTracking().FirstOrDefaultAsync(u => u.UserId == userId && u.Role != "", cancellationToken);
        if (person is null || !IsReachableBy(caller, person))
        {
            return Problems.NotFound(NotFoundProblems.Person);
        }

        var scope = await resolver.OfPersonAsync(person, cancellationToken);
        var areas = ExplainedKind.All.Select(kind =>
        {
            var refusal = kind.RefusalFor(scope);
            return new AreaAccessResponse(kind.Name, kind.Access.Permission, kind.Access.PortalArea, refusal is null, refusal?.Code, refusal?.Detail?.Current);
        }).ToList();

        // Only customers the caller sees too: staff limited to some accounts learn nothing of the others.
        var visibleCustomers = scope.CustomerIds.Where(caller.SeesCustomer).ToArray();
        var customers = await NamesAsync(db.Customers.Where(c => visibleCustomers.Contains(c.Id)).Select(c => new NamedReference(c.Id, c.Name)), cancellationToken);
        var departmentIds = person.DepartmentIds.ToArray();
        var departments = scope.IsProviderStaff
            ? await NamesAsync(db.Departments.Where(d => departmentIds.Contains(d.Id)).Select(d => new NamedReference(d.Id, d.Name)), cancellationToken)
            : [];
        var objects = scope.ObjectIds is { } objectIds
            ? await NamesAsync(db.Objects.Where(o => objectIds.Contains(o.Id)).Select(o => new NamedReference(o.Id, o.Name)), cancellationToken)
            : null;

        return TypedResults.Ok(new PersonAccessResponse(
            PersonNames.Of(person, caller), scope.Active, scope.Active ? null : AccessProblems.NoAccess.Detail?.Current, areas,
            new CustomerReachResponse(Through(person), customers, departments), new ObjectReachResponse(objects)));
    }

    /// <summary>Customer administrators ask about their own people; staff about their colleagues and their customers' people.</summary>
    private static bool IsReachableBy(CallerScope caller, UserScope person) =>
        caller.IsProviderStaff
            ? (person.OrganizationId == caller.OrganizationId && person.OrganizationKind == OrganizationKinds.Provider) || caller.SeesCustomer(person.OrganizationId)
            : person.OrganizationId == caller.OrganizationId;

    private static string Through(UserScope person) =>
        person.OrganizationKind != OrganizationKinds.Provider ? GrantKinds.Organization
        : person.DepartmentIds.Count > 0 ? "departments"
        : person.AllCustomers ? GrantKinds.AllCustomers
        : "accessible-customers";

    private static async Task<List<NamedReference>> NamesAsync(IQueryable<NamedReference> query, CancellationToken cancellationToken) =>
        (await query.ToListAsync(cancellationToken)).OrderBy(n => n.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
}
