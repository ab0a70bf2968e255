using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tenants.Api.Model;

namespace Tenants.Api.Infrastructure.EntityConfigurations;

internal sealed class CustomerAuditEntryConfiguration : IEntityTypeConfiguration<CustomerAuditEntry>
{
    public void Configure(EntityTypeBuilder<CustomerAuditEntry> entry)
    {
        entry.ToTable("customer_audit");
        entry.Property(e => e.Action).HasMaxLength(40);
        entry.Property(e => e.Actor).HasMaxLength(CustomerAuditEntry.SubjectMaxLength);
        entry.Property(e => e.ImpersonatedBy).HasMaxLength(CustomerAuditEntry.SubjectMaxLength);
        entry.Property(e => e.Details).HasMaxLength(500);
        entry.HasIndex(e => new { e.CustomerId, e.OccurredAt });
        entry.HasOne<Customer>().WithMany().HasForeignKey(e => e.CustomerId);
    }
}
