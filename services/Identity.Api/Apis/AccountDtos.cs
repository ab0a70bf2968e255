namespace Identity.Api.Apis;

public sealed record PasswordResetRequest(string? Email);

public sealed record ConfirmPasswordResetRequest(string? Token, string? NewPassword);

public sealed record PasswordResetResponse(string AccountName);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record SessionsEndedResponse(int EndedSessions);

public sealed record EmailChangeRequest(string? NewEmail, string? CurrentPassword);

public sealed record EmailChangePendingResponse(string PendingEmail, DateTimeOffset ExpiresAt);

/// <summary>The token from an e-mail link (e-mail change confirmation or report).</summary>
public sealed record LinkTokenRequest(string? Token);

public sealed record EmailChangeConfirmedResponse(string Email, string AccountName);

public sealed record EmailChangeReportedResponse(string Email);
