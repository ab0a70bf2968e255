using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Assets.Api.Scoping;

/// <summary>
/// What the caller may see and do, worked out once per request from the token and assets' own
/// copies of customers and user scopes (<see cref="CallerScopeResolver"/>).
/// </summary>
public sealed class CallerScope
{
    public required Guid UserId { get; init; }
    public required Guid OrganizationId { get; init; }
    public required bool IsProviderStaff { get; init; }

    /// <summary>The provider whose data this is: the caller's organization, or their customer's provider (null while unknown).</summary>
    public required Guid? ProviderId { get; init; }

    /// <summary>A deactivated user sees nothing, whatever their token says.</summary>
    public required bool Active { get; init; }

    public required IReadOnlySet<string> Permissions { get; init; }
    public required IReadOnlySet<string> PortalAreas { get; init; }

    /// <summary>The customers whose data the caller may see (never archived ones).</summary>
    public required Guid[] CustomerIds { get; init; }

    /// <summary>
    /// Set for provider staff who see every customer of their provider (no customer list, no departments):
    /// their filter is the provider, not a list of hundreds of customer ids that PostgreSQL would check row by row.
    /// </summary>
    public required WholeProvider? WholeProvider { get; init; }

    /// <summary>Customer users assigned to objects: only these; null means every object of their customers.</summary>
    public required Guid[]? ObjectIds { get; init; }

    public bool Has(string permission) => Active && Permissions.Contains(permission);

    public bool MayOpen(string portalArea) => Active && PortalAreas.Contains(portalArea);

    public bool SeesCustomer(Guid customerId) => Array.IndexOf(CustomerIds, customerId) >= 0;

    /// <summary>
    /// The one customer a list is about: the one asked for (<paramref name="customerFilter"/>), or the caller's only
    /// customer. Null when the list spans several. Searches and cursors then use the customer's own indexes.
    /// </summary>
    public Guid? OnlyCustomer(Guid? customerFilter) =>
        customerFilter ?? (WholeProvider is null && CustomerIds.Length == 1 ? CustomerIds[0] : null);

    public bool SeesObject(Guid customerId, Guid objectId) =>
        SeesCustomer(customerId) && (ObjectIds is null || Array.IndexOf(ObjectIds, objectId) >= 0);

    /// <summary>Minimal APIs bind the scope as a handler parameter; it is resolved once per request.</summary>
    public static async ValueTask<CallerScope?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        await context.RequestServices.GetRequiredService<CallerScopeResolver>().ResolveAsync(context.User, context.RequestAborted);
}

/// <summary>Everything of <paramref name="ProviderId"/> but its archived customers (usually none).</summary>
public sealed record WholeProvider(Guid ProviderId, Guid[] ArchivedCustomerIds);
