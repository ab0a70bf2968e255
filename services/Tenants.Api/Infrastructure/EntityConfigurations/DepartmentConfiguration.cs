using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tenants.Api.Model;

namespace Tenants.Api.Infrastructure.EntityConfigurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public const string UniqueNameIndex = "ux_departments_provider_id_normalized_name";

    public void Configure(EntityTypeBuilder<Department> department)
    {
        department.ToTable("departments");
        department.Property(d => d.Name).HasMaxLength(Department.NameMaxLength);
        department.Property(d => d.NormalizedName).HasMaxLength(Department.NameMaxLength);
        // Archived departments free their name.
        department.HasIndex(d => new { d.ProviderId, d.NormalizedName })
            .IsUnique()
            .HasFilter("archived_at IS NULL")
            .HasDatabaseName(UniqueNameIndex);
        department.HasOne<Organization>().WithMany().HasForeignKey(d => d.ProviderId);
    }
}
