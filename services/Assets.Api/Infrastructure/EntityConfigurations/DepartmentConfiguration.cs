using Assets.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assets.Api.Infrastructure.EntityConfigurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> department)
    {
        department.ToTable("departments");
        // The id is the tenants service's id, never generated here.
        department.Property(d => d.Id).ValueGeneratedNever();
        department.Property(d => d.Name).HasMaxLength(100);
    }
}
