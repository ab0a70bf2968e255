using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Identity;

namespace Identity.Api.Application;

/// <summary>
/// Checks an account name or e-mail and a password. Unknown user, wrong password, no password yet,
/// deactivated: all the same null, after the same work (a hash is verified in every case), so that
/// neither the answer nor its timing tells whether an account exists.
/// </summary>
public sealed class PasswordSignIn(UserManager<User> users, IPasswordHasher<User> hasher, IdentityDbContext db)
{
    // A hash of a random password with the current parameters, verified when there is no user.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<User>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = Security.PasswordPolicy.HashIterations }))
            .HashPassword(new User(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));

    public async Task<UserAccess?> SignInAsync(string? accountNameOrEmail, string? password, CancellationToken cancellationToken)
    {
        var login = accountNameOrEmail?.Trim() ?? "";
        var user = login.Length == 0 ? null : await users.FindByNameAsync(login) ?? await users.FindByEmailAsync(login);
        if (user?.PasswordHash is null || string.IsNullOrEmpty(password))
        {
            hasher.VerifyHashedPassword(new User(), DummyHash.Value, password ?? "");
            return null;
        }

        // Also re-hashes with the current parameters when the stored hash is older (fewer iterations).
        if (!await users.CheckPasswordAsync(user, password))
        {
            return null;
        }

        var access = await UserAccess.LoadAsync(db, user, cancellationToken);
        return access is { CanSignIn: true } ? access : null;
    }
}
