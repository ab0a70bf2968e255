using System.Globalization;
using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Text;

namespace Identity.Api.Apis;

/// <summary>
/// The filters of the audit log's list and its export, read from the query as the caller wrote them: both answer
/// a bad value with the same 400 and narrow the entries the same way.
/// </summary>
public sealed record AuditFilter(Guid? UserId, string? Person, string? Action, string? Category, DateTimeOffset? From, DateTimeOffset? To)
{
    /// <summary>Longer than any name or address a person has; a longer text matches nobody anyway.</summary>
    public const int PersonMaxLength = 256;

    public static AuditFilter Read(Validation validation, AuditQueryParameters query)
    {
        var userId = QueryValues.Id(validation, "userId", query.UserId, AuditProblems.NotAUserId);
        var from = ParseTime(validation, "from", query.From);
        var to = ParseTime(validation, "to", query.To);
        var person = query.Person?.Trim() is { Length: > 0 } text ? text : null;
        validation.MaxLength("person", person, PersonMaxLength);
        if (query.Action is { } action && !AuditCatalog.IsKnown(action))
        {
            validation.Add("action", AuditProblems.UnknownAction.Format(string.Join(", ", AuditCatalog.Actions.Select(a => a.Action).Order(StringComparer.Ordinal))));
        }

        if (query.Category is { } category && !AuditCategories.All.Contains(category))
        {
            validation.Add("category", AuditProblems.UnknownCategory.Format(string.Join(", ", AuditCategories.All)));
        }

        if (from > to)
        {
            validation.Add("to", AuditProblems.ToBeforeFrom);
        }

        return new AuditFilter(userId, person, query.Action, query.Category, from, to);
    }

    /// <summary>The entries of <paramref name="organizations"/> that pass every filter given.</summary>
    public IQueryable<AuditEntry> Apply(IdentityDbContext db, IReadOnlyList<Guid> organizations)
    {
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.OrganizationId != null && organizations.Contains(e.OrganizationId.Value));
        if (UserId is { } user)
        {
            entries = entries.Where(e => e.ActorUserId == user || e.SubjectUserId == user || e.ImpersonatorUserId == user);
        }

        if (Person is { } text)
        {
            // Whoever the entry names, by their current name or address; people whose data was erased match no text.
            var pattern = LikePattern.Containing(text);
            var people = db.Users.Where(u => EF.Functions.ILike(u.FirstName + " " + u.LastName, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.ILike(u.Email ?? "", pattern, LikePattern.EscapeCharacter)).Select(u => (Guid?)u.Id);
            entries = entries.Where(e => people.Contains(e.ActorUserId) || people.Contains(e.SubjectUserId) || people.Contains(e.ImpersonatorUserId));
        }

        if (Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (Category is { } category)
        {
            var actions = AuditCatalog.ActionsIn(category);
            entries = entries.Where(e => actions.Contains(e.Action));
        }

        if (From is { } start)
        {
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        if (To is { } end)
        {
            entries = entries.Where(e => e.OccurredAt <= end);
        }

        return entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id);
    }

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
