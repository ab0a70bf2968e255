using Assets.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assets.Api.Infrastructure.EntityConfigurations;

internal sealed class UserScopeConfiguration : IEntityTypeConfiguration<UserScope>
{
    public void Configure(EntityTypeBuilder<UserScope> scope)
    {
        scope.ToTable("user_scopes");
        scope.HasKey(s => s.UserId);
        scope.Property(s => s.UserId).ValueGeneratedNever();
        scope.Property(s => s.OrganizationKind).HasMaxLength(20);
        scope.Property(s => s.Role).HasMaxLength(100);
        scope.Property(s => s.Email).HasMaxLength(320);
        scope.Property(s => s.FirstName).HasMaxLength(100);
        scope.Property(s => s.LastName).HasMaxLength(100);

        // "Who can see this" reads the people of one customer and of its provider.
        scope.HasIndex(s => s.OrganizationId);
    }
}
