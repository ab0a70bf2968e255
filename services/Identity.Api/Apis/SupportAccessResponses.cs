using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;

namespace Identity.Api.Apis;

/// <summary>Support access requests as the API shows them: with the customer's and the people's current names.</summary>
public static class SupportAccessResponses
{
    public static async Task<SupportAccessResponse> OneAsync(IdentityDbContext db, SupportAccessRequest request, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await ManyAsync(db, [request], now, cancellationToken))[0];

    public static async Task<IReadOnlyList<SupportAccessResponse>> ManyAsync(
        IdentityDbContext db, IReadOnlyList<SupportAccessRequest> requests, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var userIds = requests.SelectMany(r => new[] { r.RequestedByUserId, r.SubjectUserId, r.DecidedByUserId, r.EndedByUserId })
            .OfType<Guid>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.FirstName, u.LastName })
            .ToDictionaryAsync(u => u.Id, u => $"{u.FirstName} {u.LastName}".Trim(), cancellationToken);
        var customerIds = requests.Select(r => r.CustomerId).Distinct().ToList();
        var customers = await db.Organizations.AsNoTracking().Where(o => customerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        SupportAccessPersonResponse? Person(Guid? id) => id is { } known ? new SupportAccessPersonResponse(known, people.GetValueOrDefault(known)) : null;

        return [.. requests.Select(r => new SupportAccessResponse(
            r.Id, r.CustomerId, customers.GetValueOrDefault(r.CustomerId, ""), Person(r.RequestedByUserId)!, Person(r.SubjectUserId),
            r.Reason, r.DurationMinutes, r.FullAccess, r.Status(now), r.RequestedAt, r.DecidedAt, Person(r.DecidedByUserId),
            r.RefusalReason, r.ApprovedUntil, r.EndedAt, Person(r.EndedByUserId)))];
    }

    /// <summary>
    /// Whose requests the caller may list: a customer's administrators their own organization's; staff with
    /// users.impersonate or users.read those of the customers they see. Null: the caller may list none.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>?> CustomersVisibleToAsync(UserAccess caller, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.IsProviderStaff)
        {
            return SupportAccessRules.CanRead(caller, caller.Organization) ? [caller.Organization.Id] : null;
        }

        if (!caller.Has(Permissions.UsersImpersonate) && !caller.Has(Permissions.UsersRead))
        {
            return null;
        }

        return await OrganizationAccess.ProviderCustomersAsync(caller, db, c => SupportAccessRules.CanRead(caller, c), cancellationToken);
    }
}
