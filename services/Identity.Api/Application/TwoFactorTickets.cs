using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Identity.Api.Application;

/// <summary>
/// Carries "this person gave the right password" from the login page's first step to its second
/// (the code), for a few minutes, in a form field only this service can read.
/// </summary>
public sealed class TwoFactorTickets(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly IDataProtector _protector = protection.CreateProtector("Identity.Api.LoginPage.TwoFactorTicket");

    public string Issue(Guid userId) =>
        _protector.Protect($"{userId:N}|{(clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");

    /// <summary>The user the ticket was issued for; null when it is forged, damaged or expired.</summary>
    public Guid? Read(string? ticket)
    {
        try
        {
            var parts = _protector.Unprotect(ticket ?? "").Split('|');
            return parts.Length == 2
                && Guid.TryParseExact(parts[0], "N", out var userId)
                && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var expires)
                && clock.GetUtcNow().ToUnixTimeSeconds() < expires
                ? userId
                : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
