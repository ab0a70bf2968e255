using Identity.Api.Application;
using Identity.Api.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Identity.Api.Infrastructure;

/// <summary>
/// Identity's EF user store, except that two-factor recovery codes are kept as hashes
/// (<see cref="RecoveryCodes.Hash"/>) in the same user token Identity uses, so that a copy of the
/// database does not get anyone past a second factor.
/// </summary>
public sealed class HashedRecoveryCodeUserStore(IdentityDbContext context, IdentityErrorDescriber? describer = null)
    : UserOnlyStore<User, IdentityDbContext, Guid>(context, describer)
{
    // Where Identity's own store keeps the codes (UserStoreBase's private constants).
    private const string LoginProvider = "[AspNetUserStore]";
    private const string TokenName = "RecoveryCodes";

    public override Task ReplaceCodesAsync(User user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        return StoreAsync(user, recoveryCodes.Select(code => RecoveryCodes.Hash(user.Id, code)), cancellationToken);
    }

    public override async Task<bool> RedeemCodeAsync(User user, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(code);
        var stored = await StoredAsync(user, cancellationToken);
        var hash = RecoveryCodes.Hash(user.Id, code);
        if (!stored.Contains(hash, StringComparer.Ordinal))
        {
            return false;
        }

        await StoreAsync(user, stored.Where(s => !string.Equals(s, hash, StringComparison.Ordinal)), cancellationToken);
        return true;
    }

    /// <summary>Only hashed codes count: plain ones from before never match, so they are not "left".</summary>
    public override async Task<int> CountCodesAsync(User user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (await StoredAsync(user, cancellationToken)).Count(RecoveryCodes.IsHash);
    }

    private async Task<string[]> StoredAsync(User user, CancellationToken cancellationToken) =>
        (await GetTokenAsync(user, LoginProvider, TokenName, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);

    private Task StoreAsync(User user, IEnumerable<string> hashes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, LoginProvider, TokenName, string.Join(';', hashes), cancellationToken);
}
