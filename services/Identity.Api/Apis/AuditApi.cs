using System.Globalization;
using System.Reflection;
using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;

namespace Identity.Api.Apis;

/// <summary>The audit log: who did what to whom, newest first, for the organizations the caller may audit.</summary>
public static class AuditApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    private static readonly HashSet<string> KnownActions = [.. typeof(AuditActions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)];

    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity/audit").WithTags("Audit").RequireAuthorization();
        api.MapGet("/", List).WithName("ListAuditEntries")
            .WithSummary("Audit entries, newest first; filter by userId, action, from, to; page and pageSize");
        return api;
    }

    public static async Task<Results<Ok<AuditPageResponse>, ValidationProblem, ProblemHttpResult>> List(
        [AsParameters] AuditQueryParameters query, ClaimsPrincipal principal, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        if (!caller.Has(Permissions.AuditRead))
        {
            return Problems.Forbidden(AccessProblems.AuditNeedsPermission.WithDetail(Permissions.AuditRead));
        }

        var validation = new Validation();
        var userId = QueryValues.Id(validation, "userId", query.UserId, AuditProblems.NotAUserId);
        var from = ParseTime(validation, "from", query.From);
        var to = ParseTime(validation, "to", query.To);
        var page = QueryValues.Number(validation, "page", query.Page, 1, int.MaxValue / MaxPageSize) ?? 1;
        var pageSize = QueryValues.Number(validation, "pageSize", query.PageSize, 1, MaxPageSize) ?? DefaultPageSize;
        if (query.Action is { } action && !KnownActions.Contains(action))
        {
            validation.Add("action", AuditProblems.UnknownAction.Format(string.Join(", ", KnownActions.Order(StringComparer.Ordinal))));
        }

        if (from > to)
        {
            validation.Add("to", AuditProblems.ToBeforeFrom);
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var organizations = await AuditVisibility.OrganizationsAsync(caller, db, cancellationToken);
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.OrganizationId != null && organizations.Contains(e.OrganizationId.Value));
        if (userId is { } user)
        {
            entries = entries.Where(e => e.ActorUserId == user || e.SubjectUserId == user || e.ImpersonatorUserId == user);
        }

        if (query.Action is { } wanted)
        {
            entries = entries.Where(e => e.Action == wanted);
        }

        if (from is { } start)
        {
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        if (to is { } end)
        {
            entries = entries.Where(e => e.OccurredAt <= end);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(db, items, cancellationToken);
        return TypedResults.Ok(new AuditPageResponse([.. items.Select(e => ToResponse(e, names))], page, pageSize, total));
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
        entry.IpAddress, entry.Details);

    private static AuditPersonResponse? Person(Guid? id, Dictionary<Guid, string> names) =>
        id is { } known ? new AuditPersonResponse(known, names.GetValueOrDefault(known)) : null;

    private static DateTimeOffset? ParseTime(Validation validation, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        validation.Add(field, AuditProblems.NotATime);
        return null;
    }
}
