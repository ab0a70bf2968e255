using Identity.Api.Model;
using Microsoft.AspNetCore.Identity;
using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Security;

/// <summary>
/// NIST SP 800-63B / OWASP ASVS 5.0: length (12 to 128) and a list of common passwords, no
/// composition rules. The built-in composition options of ASP.NET Core Identity are switched off.
/// </summary>
public sealed class PasswordPolicy(CommonPasswords commonPasswords) : IPasswordValidator<User>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    /// <summary>PBKDF2-HMAC-SHA512 iterations (ASVS 5.0 asks for at least 210,000).</summary>
    public const int HashIterations = 210_000;

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password) =>
        Task.FromResult(Check(password) is { } error
            ? IdentityResult.Failed(new LocalizedIdentityError("Password", error))
            : IdentityResult.Success);

    /// <summary>Why <paramref name="password"/> is refused, or null when it is acceptable.</summary>
    public FieldMessage? Check(string? password) => password switch
    {
        null or { Length: < MinimumLength } => PasswordRuleMessages.TooShort.Format(MinimumLength),
        { Length: > MaximumLength } => PasswordRuleMessages.TooLong.Format(MaximumLength),
        _ when commonPasswords.Contains(password) => PasswordRuleMessages.TooCommon,
        _ => null,
    };
}
