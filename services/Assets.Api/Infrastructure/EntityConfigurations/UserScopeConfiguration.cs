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
    }
}
