namespace Identity.Api.Apis;

/// <summary><c>required</c>: the organization requires two-factor; without it the user's permissions are empty until they enrol.</summary>
public sealed record TwoFactorStatusResponse(bool Enabled, bool Required, int RecoveryCodesLeft);

/// <summary>What an authenticator app needs: the key to type, or the URI / QR code (an SVG document) to scan.</summary>
public sealed record TwoFactorEnrolmentResponse(string SharedKey, string OtpauthUri, string QrCodeSvg);

public sealed record TwoFactorConfirmRequest(string? Code);

/// <summary>Shown once: each code signs in once instead of the app's code.</summary>
public sealed record RecoveryCodesResponse(IReadOnlyList<string> RecoveryCodes);

/// <summary>Re-authentication for turning two-factor off or replacing the recovery codes: the password and a current code (or a recovery code).</summary>
public sealed record TwoFactorReauthenticationRequest(string? Password, string? Code);

/// <summary>Either field may be left out to keep it as it is; <c>supportAccessNeedsApproval</c> is for customers.</summary>
public sealed record SecurityPolicyRequest(bool? RequireTwoFactor, bool? SupportAccessNeedsApproval = null);

/// <summary><c>supportAccessNeedsApproval</c>: provider staff view the portal as a user only with the customer's approval (always for independent customers).</summary>
public sealed record SecurityPolicyResponse(Guid OrganizationId, bool RequireTwoFactor, bool SupportAccessNeedsApproval);
