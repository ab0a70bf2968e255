using Identity.Api.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Identity.Api.Infrastructure.EntityConfigurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public const string UniqueEmailIndex = "ux_users_normalized_email";
    public const string UniqueAccountNameIndex = "ux_users_normalized_user_name";

    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("users");
        user.Property(u => u.FirstName).HasMaxLength(User.NameMaxLength);
        user.Property(u => u.LastName).HasMaxLength(User.NameMaxLength);
        user.Property(u => u.Salutation).HasMaxLength(50);
        user.Property(u => u.MobilePhone).HasMaxLength(50);
        user.Property(u => u.Language).HasMaxLength(5);
        user.Property(u => u.Role).HasMaxLength(50);
        user.Property(u => u.PendingEmail).HasMaxLength(Apis.Validation.EmailMaxLength);
        user.HasIndex(u => u.OrganizationId);

        // The e-mail is unique across the platform: NormalizedEmail is the upper-cased address, so
        // the index makes "Ann@x.de" and "ann@x.de" the same person. These redefine Identity's own
        // indexes on the same columns (its e-mail index is not unique).
        user.HasIndex(u => u.NormalizedEmail).HasDatabaseName(UniqueEmailIndex).IsUnique();
        user.HasIndex(u => u.NormalizedUserName).HasDatabaseName(UniqueAccountNameIndex).IsUnique();
    }
}

internal sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) => builder.ToTable("user_claims");
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder) => builder.ToTable("user_logins");
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) => builder.ToTable("user_tokens");
}
