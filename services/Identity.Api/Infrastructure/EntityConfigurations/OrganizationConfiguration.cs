using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Identity.Api.Infrastructure.EntityConfigurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> organization)
    {
        organization.ToTable("organizations");
        // The id is the tenants service's id, never generated here.
        organization.Property(o => o.Id).ValueGeneratedNever();
        organization.Property(o => o.Kind).HasMaxLength(20);
        organization.Property(o => o.Name).HasMaxLength(200);
        organization.Property(o => o.CustomerType).HasMaxLength(20);
        organization.Property(o => o.Slug).HasMaxLength(100);
        organization.HasIndex(o => o.ProviderId);
    }
}
