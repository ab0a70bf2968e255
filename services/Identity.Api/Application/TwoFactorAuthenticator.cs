using System.Globalization;
using Identity.Api.Model;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Identity.Api.Application;

/// <summary>
/// A user's authenticator app and recovery codes. The shared key and the recovery codes (hashed, see
/// <see cref="RecoveryCodes"/>) live in Identity's user tokens; this class adds the service's clock and
/// the refusal of a code used before.
/// </summary>
public sealed class TwoFactorAuthenticator(UserManager<User> users, TimeProvider clock)
{
    public const string Issuer = "Portal";
    public const int RecoveryCodeCount = 10;

    private const string TokenProvider = "Portal";
    private const string LastUsedStepToken = "TotpLastUsedStep";

    /// <summary>A new shared key (replacing an unconfirmed one) with what an authenticator app scans.</summary>
    public async Task<TwoFactorEnrolment> StartEnrolmentAsync(User user)
    {
        await users.ResetAuthenticatorKeyAsync(user);
        await users.RemoveAuthenticationTokenAsync(user, TokenProvider, LastUsedStepToken);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var label = Uri.EscapeDataString($"{Issuer}:{user.Email ?? user.UserName}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits={TwoFactorCodes.Digits}&period={(int)TwoFactorCodes.Step.TotalSeconds}";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new TwoFactorEnrolment(key, uri, new SvgQRCode(data).GetGraphic(4));
    }

    /// <summary>Turns two-factor on when the code matches the enrolled key; returns the recovery codes, shown once.</summary>
    public async Task<IReadOnlyList<string>?> ConfirmAsync(User user, string code)
    {
        if (!await VerifyAuthenticatorCodeAsync(user, code))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return await NewRecoveryCodesAsync(user);
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(User user) =>
        [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];

    public async Task<int> RecoveryCodesLeftAsync(User user) => await users.CountRecoveryCodesAsync(user);

    /// <summary>Off: the app's key stops working; old recovery codes are never asked for again and new ones replace them at the next enrolment.</summary>
    public async Task DisableAsync(User user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.RemoveAuthenticationTokenAsync(user, TokenProvider, LastUsedStepToken);
    }

    /// <summary>A code from the authenticator app, or else one of the recovery codes (which is then used up).</summary>
    public async Task<bool> VerifyAsync(User user, string? code)
    {
        var clean = Normalize(code);
        if (clean.Length == 0)
        {
            return false;
        }

        return TwoFactorCodes.LooksLikeCode(clean)
            ? await VerifyAuthenticatorCodeAsync(user, clean)
            : (await users.RedeemTwoFactorRecoveryCodeAsync(user, clean.ToUpperInvariant())).Succeeded;
    }

    private async Task<bool> VerifyAuthenticatorCodeAsync(User user, string? code)
    {
        var clean = Normalize(code);
        if (!TwoFactorCodes.LooksLikeCode(clean) || await users.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var step = TwoFactorCodes.MatchingStep(Base32.Decode(key), clean, clock.GetUtcNow());
        var lastUsed = long.TryParse(await users.GetAuthenticationTokenAsync(user, TokenProvider, LastUsedStepToken), CultureInfo.InvariantCulture, out var used) ? used : long.MinValue;
        // A code seen once (by whoever looked over the shoulder) is spent.
        if (step is null || step <= lastUsed)
        {
            return false;
        }

        await users.SetAuthenticationTokenAsync(user, TokenProvider, LastUsedStepToken, step.Value.ToString(CultureInfo.InvariantCulture));
        return true;
    }

    private static string Normalize(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
}

public sealed record TwoFactorEnrolment(string SharedKey, string OtpauthUri, string QrCodeSvg);
