using Identity.Api.Application;
using Identity.Api.Infrastructure.EntityConfigurations;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Identity.Api.Apis;

/// <summary>Creating a user without a password (invitation or "no access"), shared by invitations and team management.</summary>
public static class UserCreation
{
    /// <summary>Saves <paramref name="user"/> with whatever else is pending in the context; a problem when the e-mail or account name is taken.</summary>
    public static async Task<ProblemHttpResult?> SaveNewAsync(UserServices services, User user, CancellationToken cancellationToken)
    {
        IdentityResult result;
        try
        {
            result = await services.Users.CreateAsync(user);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            // Two requests for the same address at once: the database's unique index decides.
            return unique.ConstraintName == UserConfiguration.UniqueAccountNameIndex ? Problems.AccountNameTaken() : Problems.EmailTaken();
        }

        if (result.Succeeded)
        {
            return null;
        }

        var codes = result.Errors.Select(e => e.Code).ToList();
        return codes.Contains(nameof(IdentityErrorDescriber.DuplicateEmail)) ? Problems.EmailTaken()
            : codes.Contains(nameof(IdentityErrorDescriber.DuplicateUserName)) ? Problems.AccountNameTaken()
            : throw new InvalidOperationException("Creating a user failed: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    public static User NewUser(Guid organizationId, string firstName, string lastName, string email, string language, string role, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        FirstName = firstName.Trim(),
        LastName = lastName.Trim(),
        Email = email.Trim(),
        UserName = email.Trim(),
        Language = language,
        Role = role,
        CreatedAt = now,
    };
}
