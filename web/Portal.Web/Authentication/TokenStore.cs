using Microsoft.EntityFrameworkCore;
using Portal.Web.Sessions;

namespace Portal.Web.Authentication;

/// <summary>
/// Holds each session's tokens on the server, in the web app's database (<see cref="WebSession"/>), so that every
/// replica of the web app serves every session: a request or a reconnecting circuit may land on any of them.
/// Identity rotates refresh tokens without grace (each works once), so the replicas, circuits and page loads of
/// one session must share one copy: a refresh holds the session's row lock, and whoever waited for it finds the
/// token already renewed. A session unused for longer than the cookie lives is deleted.
/// </summary>
public sealed class TokenStore(IServiceScopeFactory scopes, SessionTokenProtector protector, IdentityTokenRefresher refresher, TimeProvider clock)
    : IAccessTokenSource
{
    public const string HttpClientName = "identity-token";

    /// <summary>Refresh this long before expiry, so a token never expires between check and use.</summary>
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A session's last use is written at most this often: the idle limit is hours, and writing it on every request
    /// of a busy page would cost a row update each.
    /// </summary>
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    /// <summary>As long as the session cookie lives without a request (its sliding expiration).</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromHours(8);

    public async Task SaveAsync(string sessionId, UserTokens tokens, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        var now = clock.GetUtcNow();
        await db.Sessions.Where(s => s.LastUsedAt < now - IdleLifetime).ExecuteDeleteAsync(cancellationToken);
        db.Sessions.Add(new WebSession
        {
            Id = sessionId,
            ProtectedTokens = protector.Protect(tokens),
            AccessTokenExpiresAt = tokens.ExpiresAt,
            LastUsedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether the session is still known; a request of the session keeps it alive.</summary>
    public async Task<bool> TouchAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        var lastUsed = await db.Sessions.Where(s => s.Id == sessionId).Select(s => (DateTimeOffset?)s.LastUsedAt).SingleOrDefaultAsync(cancellationToken);
        return lastUsed is { } used && await KeepAliveAsync(db, sessionId, used, cancellationToken);
    }

    /// <summary>The session's tokens as they are (no refresh), or null when the session is over.</summary>
    public async Task<UserTokens?> FindAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        return session is null ? null : protector.Unprotect(session);
    }

    public async Task RemoveAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>A valid access token of the session, refreshed if needed; null when the session has ended.</summary>
    public async Task<string?> GetAccessTokenAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || !await KeepAliveAsync(db, sessionId, session.LastUsedAt, cancellationToken)
            || protector.Unprotect(session) is not { } tokens)
        {
            return null;
        }

        if (IsFresh(tokens))
        {
            return tokens.AccessToken;
        }

        // A token without a refresh token (a view-as token) serves to its last second: the margin is
        // there to renew tokens in time, and this one cannot be renewed.
        if (tokens.RefreshToken is null)
        {
            if (tokens.ExpiresAt > clock.GetUtcNow())
            {
                return tokens.AccessToken;
            }

            await RemoveAsync(sessionId, cancellationToken);
            return null;
        }

        return await RefreshLockedAsync(db, sessionId, onlyWhenStale: true, cancellationToken);
    }

    /// <summary>
    /// A new access token now, whatever the old one's lifetime: after the account changed what the token says
    /// (its language), so that the services and the cookie's principal learn it at once. Null when the session
    /// has ended or cannot be renewed (a view-as token).
    /// </summary>
    public async Task<string?> RefreshNowAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        return await RefreshLockedAsync(db, sessionId, onlyWhenStale: false, cancellationToken);
    }

    /// <summary>
    /// Renews the tokens while holding the session's row, so that no other replica or circuit redeems the same
    /// refresh token; one that waited finds the renewed token (<paramref name="onlyWhenStale"/>) and uses it.
    /// </summary>
    private async Task<string?> RefreshLockedAsync(WebDbContext db, string sessionId, bool onlyWhenStale, CancellationToken cancellationToken)
    {
        // Under the retrying execution strategy a transaction must run as one retriable unit.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var session = await db.Sessions
                .FromSql($"SELECT * FROM web_sessions WHERE id = {sessionId} FOR UPDATE")
                .SingleOrDefaultAsync(cancellationToken);
            var tokens = session is null ? null : protector.Unprotect(session);
            if (session is null || tokens is null)
            {
                return null;
            }

            if (onlyWhenStale && IsFresh(tokens))
            {
                return tokens.AccessToken;
            }

            var refreshed = await refresher.RefreshAsync(tokens, cancellationToken);
            if (refreshed is null)
            {
                db.Sessions.Remove(session);
            }
            else
            {
                session.ProtectedTokens = protector.Protect(refreshed);
                session.AccessTokenExpiresAt = refreshed.ExpiresAt;
                session.LastUsedAt = clock.GetUtcNow();
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return refreshed?.AccessToken;
        });
    }

    /// <summary>False (and the session deleted) when it was idle too long; otherwise records the use now and then.</summary>
    private async Task<bool> KeepAliveAsync(WebDbContext db, string sessionId, DateTimeOffset lastUsed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - lastUsed > IdleLifetime)
        {
            await db.Sessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
            return false;
        }

        if (now - lastUsed > TouchInterval)
        {
            await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastUsedAt, now), cancellationToken);
        }

        return true;
    }

    private bool IsFresh(UserTokens tokens) => tokens.ExpiresAt - RefreshMargin > clock.GetUtcNow();
}
