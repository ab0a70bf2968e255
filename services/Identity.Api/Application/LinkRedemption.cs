using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Identity.Api.Application;

/// <summary>
/// Finds the open link behind a token from an e-mail. Unknown, used and expired links are refused
/// with 410 and a reason; a token of another purpose is as unknown as a made-up one.
/// </summary>
public static class LinkRedemption
{
    /// <summary>Longer than any token identity issues (43 characters); anything longer is not one.</summary>
    public const int TokenMaxLength = 200;

    public static async Task<(Invitation? Link, ProblemHttpResult? Refused)> FindOpenAsync(
        IdentityDbContext db, string token, InvitationPurpose purpose, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hash = LinkTokens.Hash(token.Trim());
        var link = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash && i.Purpose == purpose, cancellationToken);
        if (link is null)
        {
            return (null, Problems.Gone(LinkProblems.Unknown));
        }

        if (link.AcceptedAt is not null)
        {
            return (null, Problems.Gone(LinkProblems.Used));
        }

        return link.ExpiresAt <= now
            ? (null, Problems.Gone(LinkProblems.Expired))
            : (link, null);
    }
}
