using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;

namespace Assets.Api.Apis.VideoSessions;

/// <summary>
/// Who may take part in a session: active people of the session's customer and staff of its provider,
/// as assets knows them from identity's <c>UserAccessChanged</c>. Any other id, another customer's user
/// or one nobody has, gets the same answer, so that the answer never tells that an id exists elsewhere.
/// </summary>
internal static class VideoSessionParticipants
{
    /// <summary>The most people one session takes (the API documents it).</summary>
    public const int Max = 50;

    /// <summary>The participants without repeats, or null with the reason in <paramref name="errors"/>.</summary>
    public static async Task<List<Guid>?> CheckAsync(
        IReadOnlyList<Guid> requested, Guid customerId, Guid providerId, AssetsDbContext db, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var distinct = requested.Distinct().ToList();
        if (distinct.Count > Max)
        {
            errors.Add("participantIds", VideoSessionProblems.TooManyParticipants.Format(Max));
            return null;
        }

        var eligible = await db.UserScopes.AsNoTracking()
            .Where(u => distinct.Contains(u.UserId) && u.Active && u.Role != ""
                && (u.OrganizationId == customerId || (u.OrganizationId == providerId && u.OrganizationKind == OrganizationKinds.Provider)))
            .Select(u => u.UserId)
            .ToListAsync(cancellationToken);
        var refused = distinct.Except(eligible).ToList();
        if (refused.Count > 0)
        {
            errors.Add("participantIds", VideoSessionProblems.UnknownParticipants.Format(string.Join(", ", refused)));
            return null;
        }

        return distinct;
    }
}
