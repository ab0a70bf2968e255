using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Identity.Api.Application.PeopleImports;

/// <summary>
/// What planning rows needs from the database, read once for a whole file (the dry run) or a batch of rows (the
/// import job): the organization's people named in the rows, addresses and account names already taken, the
/// customer's objects and who has an open invitation.
/// </summary>
public sealed class PlanningContext
{
    public required Organization Organization { get; init; }
    public required UserAccess Caller { get; init; }

    /// <summary>The language of people the file gives none for: the language of the person importing.</summary>
    public required string DefaultLanguage { get; init; }
    public required ILookupNormalizer Normalizer { get; init; }

    /// <summary>The organization's people named in the rows, by normalized e-mail (tracked: the import changes them).</summary>
    public required Dictionary<string, User> People { get; init; }

    /// <summary>Normalized addresses of the rows that belong to people of other organizations.</summary>
    public required HashSet<string> EmailsElsewhere { get; init; }

    /// <summary>Normalized account names of the rows that someone signs in with, and whose they are.</summary>
    public required Dictionary<string, Guid> AccountNames { get; init; }

    public required IReadOnlyList<CustomerObject> Objects { get; init; }

    /// <summary>People of the rows with an invitation or set-password link still open.</summary>
    public required HashSet<Guid> Invited { get; init; }

    public static async Task<PlanningContext> LoadAsync(
        IdentityDbContext db, ILookupNormalizer normalizer, UserAccess caller, Organization organization, IReadOnlyCollection<PersonRow> rows,
        string defaultLanguage, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var emails = rows.Select(r => r[PeopleColumns.Email]).OfType<string>().Select(e => normalizer.NormalizeEmail(e)).Distinct().ToArray();
        var accountNames = rows.Select(r => r[PeopleColumns.AccountName] ?? r[PeopleColumns.Email]).OfType<string>()
            .Select(n => normalizer.NormalizeName(n)).Distinct().ToArray();

        var named = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).ToListAsync(cancellationToken);
        var people = named.Where(u => u.OrganizationId == organization.Id).ToDictionary(u => u.NormalizedEmail!, StringComparer.Ordinal);
        var elsewhere = named.Where(u => u.OrganizationId != organization.Id).Select(u => u.NormalizedEmail!).ToHashSet(StringComparer.Ordinal);
        var taken = await db.Users.AsNoTracking().Where(u => accountNames.Contains(u.NormalizedUserName!))
            .Select(u => new { u.NormalizedUserName, u.Id }).ToDictionaryAsync(u => u.NormalizedUserName!, u => u.Id, StringComparer.Ordinal, cancellationToken);
        var objects = await db.CustomerObjects.AsNoTracking().Where(o => o.CustomerId == organization.Id).ToListAsync(cancellationToken);
        var ids = people.Values.Select(u => u.Id).ToArray();
        var invited = await db.Invitations.AsNoTracking()
            .Where(i => ids.Contains(i.UserId) && i.AcceptedAt == null && i.ExpiresAt > now
                && (i.Purpose == InvitationPurpose.Invitation || i.Purpose == InvitationPurpose.SetPassword))
            .Select(i => i.UserId).ToListAsync(cancellationToken);

        return new PlanningContext
        {
            Organization = organization,
            Caller = caller,
            DefaultLanguage = defaultLanguage,
            Normalizer = normalizer,
            People = people,
            EmailsElsewhere = elsewhere,
            AccountNames = taken,
            Objects = objects,
            Invited = [.. invited],
        };
    }
}
