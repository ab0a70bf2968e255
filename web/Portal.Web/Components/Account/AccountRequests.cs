namespace Portal.Web.Components.Account;

// The request bodies of identity's account endpoints (API.md), serialized in camelCase.

public sealed record AcceptLinkRequest(string Token, string Password);

public sealed record PasswordResetRequest(string Email);

public sealed record PasswordResetConfirmation(string Token, string NewPassword);

public sealed record LinkTokenRequest(string Token);
