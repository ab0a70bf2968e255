using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Apis;

/// <summary>The audit log: who did what to whom, newest first, for the organizations the caller may audit; as a list and as CSV.</summary>
public static class AuditApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The most entries one export holds, the newest (docs/audit-log.md): a file a spreadsheet still opens.</summary>
    public const int MaxExportRows = 10_000;

    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity/audit").WithTags("Audit").RequireAuthorization();
        api.MapGet("/", List).WithName("ListAuditEntries")
            .WithSummary("Audit entries, newest first; filter by userId, person, action, category, from, to; page and pageSize");
        api.MapGet("/export", Export).Produces<string>(StatusCodes.Status200OK, "text/csv").WithName("ExportAuditEntries")
            .WithSummary($"The newest {MaxExportRows} audit entries the list's filters select, as CSV in the caller's language");
        return api;
    }

    public static async Task<Results<Ok<AuditPageResponse>, ValidationProblem, ProblemHttpResult>> List(
        [AsParameters] AuditQueryParameters query, [AsParameters] AuditPageParameters paging, ClaimsPrincipal principal, IdentityDbContext db,
        CancellationToken cancellationToken)
    {
        var (caller, refused) = await AuthorizeAsync(principal, db, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var validation = new Validation();
        var filter = AuditFilter.Read(validation, query);
        var page = QueryValues.Number(validation, "page", paging.Page, 1, int.MaxValue / MaxPageSize) ?? 1;
        var pageSize = QueryValues.Number(validation, "pageSize", paging.PageSize, 1, MaxPageSize) ?? DefaultPageSize;
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var entries = filter.Apply(db, await AuditVisibility.OrganizationsAsync(caller!, db, cancellationToken));
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, items, cancellationToken);
        return TypedResults.Ok(new AuditPageResponse([.. items.Select(e => ToResponse(e, names))], page, pageSize, total));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        [AsParameters] AuditQueryParameters query, ClaimsPrincipal principal, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, refused) = await AuthorizeAsync(principal, db, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var validation = new Validation();
        var filter = AuditFilter.Read(validation, query);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var entries = filter.Apply(db, await AuditVisibility.OrganizationsAsync(caller!, db, cancellationToken));
        var items = await entries.Take(MaxExportRows).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, items, cancellationToken);
        return TypedResults.File(AuditCsv.Write(items, names, PortalLanguage.Current), "text/csv; charset=utf-8",
            $"audit-{clock.GetUtcNow().UtcDateTime:yyyy-MM-dd}.csv");
    }

    /// <summary>The caller, if signed in with audit.read; else the 401 or 403.</summary>
    private static async Task<(UserAccess? Caller, ProblemHttpResult? Refused)> AuthorizeAsync(
        ClaimsPrincipal principal, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return (null, Problems.NotSignedIn());
        }

        return caller.Has(Permissions.AuditRead)
            ? (caller, null)
            : (null, Problems.Forbidden(AccessProblems.AuditNeedsPermission.WithDetail(Permissions.AuditRead)));
    }

    private static async Task<Dictionary<Guid, string>> NamesAsync(IdentityDbContext db, List<AuditEntry> items, CancellationToken cancellationToken)
    {
        var ids = items.SelectMany(e => new[] { e.ActorUserId, e.SubjectUserId, e.ImpersonatorUserId })
            .OfType<Guid>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.FirstName, u.LastName })
            .ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => $"{u.FirstName} {u.LastName}".Trim());
    }

    private static AuditEntryResponse ToResponse(AuditEntry entry, Dictionary<Guid, string> names) => new(
        entry.Id, entry.OccurredAt, entry.Action, entry.OrganizationId,
        Person(entry.ActorUserId, names), Person(entry.SubjectUserId, names), Person(entry.ImpersonatorUserId, names),
        entry.IpAddress, entry.DetailsIn(PortalLanguage.Current));

    private static AuditPersonResponse? Person(Guid? id, Dictionary<Guid, string> names) =>
        id is { } known ? new AuditPersonResponse(known, names.GetValueOrDefault(known)) : null;
}
