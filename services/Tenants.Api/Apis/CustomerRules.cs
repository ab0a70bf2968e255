using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Errors;
using Tenants.Api.Infrastructure;
using Tenants.Api.Model;

namespace Tenants.Api.Apis;

/// <summary>The checks of customer input shared by create and edit; errors are keyed by JSON field name.</summary>
internal static class CustomerRules
{
    public static string? Name(string? name, FieldErrors errors)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > Customer.NameMaxLength)
        {
            errors.Add("name", CustomerProblems.NameInvalid.Format(Customer.NameMaxLength));
            return null;
        }

        return trimmed;
    }

    public static CustomerType? Type(string? type, FieldErrors errors)
    {
        if (CustomerTypeNames.TryParse(type, out var parsed))
        {
            return parsed;
        }

        errors.Add("type", CustomerProblems.TypeUnknown);
        return null;
    }

    public static string? Slug(string slug, FieldErrors errors)
    {
        if (Slugs.Problem(slug) is { } problem)
        {
            errors.Add("slug", problem);
            return null;
        }

        return slug;
    }

    /// <summary>
    /// A customer's department must be an active department of the caller's provider; department
    /// administrators may only use their own departments (and so must give one).
    /// </summary>
    public static async Task CheckDepartmentAsync(
        TenantsDbContext db, CustomerVisibility visibility, ClaimsPrincipal user, Guid providerId, Guid? departmentId, FieldErrors errors, CancellationToken cancellationToken)
    {
        var scope = await visibility.StaffScopeAsync(user, cancellationToken);
        var ownDepartments = scope.DepartmentIds;
        if (departmentId is null)
        {
            if (ownDepartments.Count > 0)
            {
                errors.Add("departmentId", CustomerProblems.DepartmentRequired);
            }

            return;
        }

        if (ownDepartments.Count > 0 && !ownDepartments.Contains(departmentId.Value))
        {
            errors.Add("departmentId", CustomerProblems.NotYourDepartment);
            return;
        }

        if (!await db.Departments.AnyAsync(d => d.Id == departmentId && d.ProviderId == providerId && d.ArchivedAt == null, cancellationToken))
        {
            errors.Add("departmentId", CustomerProblems.DepartmentNotFound);
        }
    }

    /// <summary>409 for a slug in use (or reserved, when derived), with a free slug to offer instead.</summary>
    public static async Task<ProblemHttpResult> SlugTakenAsync(TenantsDbContext db, string slug, CancellationToken cancellationToken)
    {
        var suggestion = await SuggestSlugAsync(db, slug, cancellationToken);
        var problem = (Slugs.Reserved.Contains(slug) ? SlugMessages.ReservedSlug : SlugMessages.Taken).WithDetail(slug);
        if (suggestion is not null)
        {
            problem = problem with { Detail = SlugMessages.WithSuggestion.Format(problem.Detail, suggestion) };
        }

        return Problems.Conflict(problem, "slug", new Dictionary<string, object?> { ["suggestedSlug"] = suggestion });
    }

    public static Task<bool> SlugInUseAsync(TenantsDbContext db, string slug, Guid? except, CancellationToken cancellationToken) =>
        db.Customers.AnyAsync(c => c.Slug == slug && c.Id != except, cancellationToken);

    private static async Task<string?> SuggestSlugAsync(TenantsDbContext db, string slug, CancellationToken cancellationToken)
    {
        for (var number = 2; number < 100; number++)
        {
            var candidate = Slugs.WithSuffix(slug, number);
            if (Slugs.Problem(candidate) is null && !await SlugInUseAsync(db, candidate, null, cancellationToken))
            {
                return candidate;
            }
        }

        return null;
    }
}
