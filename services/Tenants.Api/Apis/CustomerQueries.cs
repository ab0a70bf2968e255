using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Text;
using Tenants.Api.Infrastructure;

namespace Tenants.Api.Apis;

public static partial class CustomersApi
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static async Task<Results<Ok<CustomerPage>, ValidationProblem, ForbidHttpResult>> ListCustomers(
        [AsParameters] CustomerListQuery query, ClaimsPrincipal user, CustomerVisibility visibility, TenantsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var pageNumber = ParseInt(query.Page, "page", 1, 1, int.MaxValue, errors);
        var size = ParseInt(query.PageSize, "pageSize", DefaultPageSize, 1, MaxPageSize, errors);
        var withArchived = false;
        if (query.IncludeArchived is not null && !bool.TryParse(query.IncludeArchived, out withArchived))
        {
            errors.Add("includeArchived", QueryFieldMessages.NotABoolean);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await visibility.VisibleCustomersAsync(user, cancellationToken) is not { } customers)
        {
            return TypedResults.Forbid();
        }

        if (!withArchived)
        {
            customers = customers.Where(c => c.ArchivedAt == null);
        }

        if (query.Search?.Trim() is { Length: > 0 } term)
        {
            var pattern = LikePattern.Containing(term);
            customers = customers.Where(c => EF.Functions.ILike(c.Name, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.ILike(c.Slug, pattern, LikePattern.EscapeCharacter));
        }

        var total = await customers.CountAsync(cancellationToken);
        var items = await customers
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip((int)Math.Min((long)(pageNumber - 1) * size, int.MaxValue))
            .Take(size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new CustomerPage([.. items.Select(CustomerResponse.From)], total, pageNumber, size));
    }

    public static async Task<Results<Ok<CustomerResponse>, NotFound, ForbidHttpResult>> GetCustomer(
        Guid id, ClaimsPrincipal user, CustomerVisibility visibility, TenantsDbContext db, CancellationToken cancellationToken)
    {
        if (await visibility.VisibleCustomersAsync(user, cancellationToken) is not { } customers)
        {
            return TypedResults.Forbid();
        }

        var customer = await customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return customer is null ? TypedResults.NotFound() : TypedResults.Ok(CustomerResponse.From(customer));
    }

    /// <summary>
    /// Anonymous on purpose: the sign-in page of <c>&lt;slug&gt;.&lt;portal host&gt;</c> greets the
    /// customer by name before anyone signs in. It tells nothing else, and nothing about archived customers.
    /// </summary>
    public static async Task<Results<Ok<CustomerBySlugResponse>, NotFound>> GetCustomerBySlug(
        string slug, TenantsDbContext db, CancellationToken cancellationToken)
    {
        var normalized = slug.Trim().ToLowerInvariant();
        // No slug is longer than a DNS label; a longer one is unknown without asking the database.
        if (normalized.Length > Model.Slugs.MaxLength)
        {
            return TypedResults.NotFound();
        }

        var customer = await db.Customers
            .Where(c => c.Slug == normalized && c.ArchivedAt == null)
            .Select(c => new CustomerBySlugResponse(c.Name, c.Slug))
            .FirstOrDefaultAsync(cancellationToken);
        return customer is null ? TypedResults.NotFound() : TypedResults.Ok(customer);
    }

    public static async Task<Results<Ok<CustomerAuditEntryResponse[]>, NotFound, ForbidHttpResult>> GetCustomerAudit(
        Guid id, ClaimsPrincipal user, CustomerVisibility visibility, TenantsDbContext db, CancellationToken cancellationToken)
    {
        if (await visibility.VisibleCustomersAsync(user, cancellationToken) is not { } customers)
        {
            return TypedResults.Forbid();
        }

        if (!await customers.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var entries = await db.CustomerAudit
            .Where(e => e.CustomerId == id)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new CustomerAuditEntryResponse(e.Id, e.Action, e.Actor, e.ImpersonatedBy, e.Details, e.OccurredAt))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(entries);
    }

    private static int ParseInt(string? text, string field, int fallback, int min, int max, FieldErrors errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(field, QueryFieldMessages.NumberOutOfRange.Format(min, max));
        return fallback;
    }
}
