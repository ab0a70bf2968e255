using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Identity.Api.Infrastructure.EntityConfigurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        entry.Property(e => e.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
        entry.Property(e => e.DetailsGerman).HasMaxLength(AuditEntry.DetailsMaxLength);
        entry.Property(e => e.IpAddress).HasMaxLength(64);
        // The log is read newest first, per organization and per user.
        entry.HasIndex(e => new { e.OrganizationId, e.OccurredAt });
        entry.HasIndex(e => new { e.SubjectUserId, e.OccurredAt });
        entry.HasIndex(e => new { e.ActorUserId, e.OccurredAt });
    }
}
