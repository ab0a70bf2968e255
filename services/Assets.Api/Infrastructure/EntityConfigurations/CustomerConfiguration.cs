using Assets.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assets.Api.Infrastructure.EntityConfigurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> customer)
    {
        customer.ToTable("customers");
        // The id is the tenants service's id, never generated here.
        customer.Property(c => c.Id).ValueGeneratedNever();
        customer.Property(c => c.Name).HasMaxLength(200);
        customer.Property(c => c.Slug).HasMaxLength(100);
        customer.Property(c => c.Type).HasMaxLength(20);
        customer.HasIndex(c => c.ProviderId);
    }
}
