using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tenants.Api.Model;

namespace Tenants.Api.Infrastructure.EntityConfigurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> organization)
    {
        organization.ToTable("organizations");
        organization.Property(o => o.Name).HasMaxLength(200);
        organization.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
