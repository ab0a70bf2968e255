using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tenants.Api.Model;

namespace Tenants.Api.Infrastructure.EntityConfigurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public const string UniqueSlugIndex = "ux_customers_slug";

    public void Configure(EntityTypeBuilder<Customer> customer)
    {
        customer.ToTable("customers");
        customer.Property(c => c.Name).HasMaxLength(Customer.NameMaxLength);
        customer.Property(c => c.Slug).HasMaxLength(Slugs.MaxLength);
        customer.Property(c => c.Type).HasConversion<string>().HasMaxLength(20);
        customer.Property(c => c.Version).IsRowVersion();
        customer.Ignore(c => c.IsArchived);

        // Archived customers keep their slug: old links must never lead to another customer.
        customer.HasIndex(c => c.Slug).IsUnique().HasDatabaseName(UniqueSlugIndex);
        customer.HasIndex(c => new { c.ProviderId, c.Name });
        customer.HasOne<Organization>().WithMany().HasForeignKey(c => c.ProviderId);
        customer.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
