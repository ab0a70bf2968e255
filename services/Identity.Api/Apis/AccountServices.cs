using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Identity.Api.Security;
using Microsoft.AspNetCore.Identity;

namespace Identity.Api.Apis;

/// <summary>What the account lifecycle handlers (password, e-mail change, sessions) need, bundled for <c>[AsParameters]</c>.</summary>
public sealed class AccountServices(IdentityDbContext db, UserManager<User> users, Links links, AuditLog audit, PasswordPolicy policy, TimeProvider clock)
{
    public IdentityDbContext Db { get; } = db;
    public UserManager<User> Users { get; } = users;
    public Links Links { get; } = links;
    public AuditLog Audit { get; } = audit;
    public PasswordPolicy Policy { get; } = policy;
    public TimeProvider Clock { get; } = clock;

    /// <summary>Token fields: present and not absurdly long (a 400 names the field; a wrong token is a 410 later).</summary>
    public static Validation Token(Validation validation, string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            validation.Add("token", ValidationMessages.TokenRequired);
        }
        else if (token.Length > LinkRedemption.TokenMaxLength)
        {
            validation.Add("token", ValidationMessages.NotOurToken);
        }

        return validation;
    }
}
