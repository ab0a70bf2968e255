using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Application;

/// <summary>
/// Mints impersonation access tokens with the OpenID Connect server's own signing key and issuer, so
/// that every service accepts them like any other Portal access token. The subject's own claims, built
/// exactly as for their sign-in, plus <c>act</c> (RFC 8693) naming the real actor and the access mode.
/// There is no refresh token: when it expires, the impersonation is over.
/// </summary>
public sealed class ImpersonationTokens(IOptionsMonitor<OpenIddictServerOptions> server, IOptions<ImpersonationOptions> options, TimeProvider clock)
{
    private static readonly ImmutableArray<string> TokenScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Infrastructure.IdentityServerOptions.PortalScope];
    private static readonly JsonWebTokenHandler Handler = new();

    /// <param name="approval">The customer's approval it is issued under: the token ends with its window at the latest.</param>
    public ImpersonationToken Issue(UserAccess subject, UserAccess actor, bool fullAccess, Model.SupportAccessRequest? approval = null)
    {
        var now = clock.GetUtcNow();
        var lifetime = options.Value.EffectiveLifetime;
        if (approval?.ApprovedUntil is { } windowEnd && windowEnd - now < lifetime)
        {
            lifetime = windowEnd - now;
        }

        var serverOptions = server.CurrentValue;

        var claims = new Dictionary<string, object>
        {
            [Claims.JwtId] = Guid.NewGuid().ToString(),
            [Claims.Scope] = string.Join(' ', TokenScopes),
            [PortalClaimTypes.Actor] = new Dictionary<string, object> { [PortalClaimTypes.Subject] = actor.User.Id.ToString() },
            [Impersonation.AccessClaim] = fullAccess ? Impersonation.Full : Impersonation.ReadOnly,
        };
        if (approval is not null)
        {
            claims[Impersonation.SupportAccessClaim] = approval.Id.ToString();
        }

        foreach (var group in TokenPrincipalFactory.Create(subject, TokenScopes).Claims
                     .Where(c => !c.Type.StartsWith("oi_", StringComparison.Ordinal))
                     .GroupBy(c => c.Type))
        {
            claims[group.Key] = group.Key == PortalClaimTypes.Permissions
                ? group.Select(c => c.Value).ToArray()
                : group.First().Value;
        }

        var expiresAt = now + lifetime;
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = serverOptions.Issuer!.AbsoluteUri,
            Audience = Infrastructure.IdentityServerOptions.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            TokenType = JsonWebTokenTypes.AccessToken,
            SigningCredentials = serverOptions.SigningCredentials.First(),
            Claims = claims,
        });
        return new ImpersonationToken(token, (int)Math.Ceiling(lifetime.TotalSeconds), expiresAt);
    }
}

public sealed record ImpersonationToken(string AccessToken, int ExpiresIn, DateTimeOffset ExpiresAt);
