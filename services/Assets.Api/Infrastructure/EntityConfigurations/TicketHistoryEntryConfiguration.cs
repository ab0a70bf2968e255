using Assets.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assets.Api.Infrastructure.EntityConfigurations;

internal sealed class TicketHistoryEntryConfiguration : IEntityTypeConfiguration<TicketHistoryEntry>
{
    public void Configure(EntityTypeBuilder<TicketHistoryEntry> entry)
    {
        entry.ToTable("ticket_history");
        entry.Property(e => e.Id).UseIdentityAlwaysColumn();
        entry.Property(e => e.Change).HasMaxLength(30);
        entry.Property(e => e.From).HasMaxLength(Ticket.DescriptionMaxLength);
        entry.Property(e => e.To).HasMaxLength(Ticket.DescriptionMaxLength);
        entry.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Cascade);
        entry.HasIndex(e => new { e.TicketId, e.Id });
    }
}
