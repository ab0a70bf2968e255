using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tenants.Api.Model;

namespace Tenants.Api.Infrastructure.EntityConfigurations;

internal sealed class UserScopeConfiguration : IEntityTypeConfiguration<UserScope>
{
    public void Configure(EntityTypeBuilder<UserScope> scope)
    {
        scope.ToTable("user_scopes");
        scope.HasKey(s => s.UserId);
        scope.Property(s => s.OrganizationKind).HasMaxLength(20);
        scope.Property(s => s.Role).HasMaxLength(100);
        scope.Ignore(s => s.Exists);
        // Counting a customer's users is how a switch to "individual" is refused.
        scope.HasIndex(s => s.OrganizationId);
    }
}
