using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Identity.Api.Infrastructure.EntityConfigurations;

internal sealed class CustomRoleConfiguration : IEntityTypeConfiguration<CustomRole>
{
    public void Configure(EntityTypeBuilder<CustomRole> role)
    {
        role.ToTable("custom_roles");
        role.Property(r => r.Name).HasMaxLength(CustomRole.NameMaxLength);
        role.HasIndex(r => r.ProviderId);
    }
}
