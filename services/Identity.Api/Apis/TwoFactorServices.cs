using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Identity;

namespace Identity.Api.Apis;

/// <summary>What the two-factor handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record TwoFactorServices(
    IdentityDbContext Db, UserManager<User> Users, TwoFactorAuthenticator TwoFactor, PasswordReauthentication Reauthentication, AuditLog Audit);
