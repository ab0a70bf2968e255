namespace Portal.Web.Api;

public sealed record ChangePasswordDto(string CurrentPassword, string NewPassword);

public sealed record EmailChangeDto(string NewEmail, string CurrentPassword);

public sealed record EmailChangePendingDto(string PendingEmail, DateTimeOffset ExpiresAt);

/// <summary><c>Required</c>: the organization requires two-factor sign-in.</summary>
public sealed record TwoFactorStatusDto(bool Enabled, bool Required, int RecoveryCodesLeft);

/// <summary>The key to type into an authenticator app, or the QR code (an SVG document) to scan.</summary>
public sealed record TwoFactorEnrolmentDto(string SharedKey, string OtpauthUri, string QrCodeSvg);

public sealed record TwoFactorCodeDto(string Code);

/// <summary>Shown once: each code signs in once instead of the app's code.</summary>
public sealed record RecoveryCodesDto(IReadOnlyList<string> RecoveryCodes);

public sealed record TwoFactorReauthenticationDto(string Password, string Code);
