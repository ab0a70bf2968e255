using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Identity.Api.Infrastructure.EntityConfigurations;

internal sealed class CustomerObjectConfiguration : IEntityTypeConfiguration<CustomerObject>
{
    public void Configure(EntityTypeBuilder<CustomerObject> customerObject)
    {
        customerObject.ToTable("customer_objects");
        customerObject.Property(o => o.Id).ValueGeneratedNever();
        customerObject.Property(o => o.Name).HasMaxLength(200);
        customerObject.HasIndex(o => o.CustomerId);
    }
}
