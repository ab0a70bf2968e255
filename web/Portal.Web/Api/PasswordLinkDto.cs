namespace Portal.Web.Api;

public sealed record PasswordLinkDto(DateTimeOffset ExpiresAt);
