using Assets.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assets.Api.Infrastructure.EntityConfigurations;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> ticket)
    {
        ticket.ToTable("tickets");
        ticket.Property(t => t.Id).ValueGeneratedNever();
        ticket.Property(t => t.Title).HasMaxLength(Ticket.TitleMaxLength);
        ticket.Property(t => t.Description).HasMaxLength(Ticket.DescriptionMaxLength);
        ticket.Property(t => t.Priority).HasMaxLength(20);
        ticket.Property(t => t.Status).HasMaxLength(20);
        ticket.Property(t => t.Version).IsRowVersion();
        ticket.Property(t => t.PriorityRank).HasComputedColumnSql(RankOf("priority", TicketPriorities.All), stored: true);
        ticket.Property(t => t.StatusRank).HasComputedColumnSql(RankOf("status", TicketStatuses.All), stored: true);
        ticket.HasOne<Site>().WithMany().HasForeignKey(t => t.ObjectId).OnDelete(DeleteBehavior.Restrict);
        ticket.HasOne<Device>().WithMany().HasForeignKey(t => t.DeviceId).OnDelete(DeleteBehavior.Restrict);
        ticket.HasOne<Customer>().WithMany().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Restrict);

        // Lists newest first per customer / object / device, and the dashboard's counts by status and
        // priority, per month and time to resolve.
        ticket.HasIndex(t => new { t.CustomerId, t.CreatedAt }).HasFilter("archived_at IS NULL");
        ticket.HasIndex(t => new { t.ObjectId, t.CreatedAt }).HasFilter("archived_at IS NULL");
        ticket.HasIndex(t => new { t.DeviceId, t.CreatedAt }).HasFilter("archived_at IS NULL");
        ticket.HasIndex(t => new { t.CustomerId, t.Status, t.Priority }).HasFilter("archived_at IS NULL");
        ticket.HasIndex(t => new { t.CustomerId, t.ResolvedAt }).HasFilter("archived_at IS NULL AND resolved_at IS NOT NULL");
        // Provider staff see many customers at once: newest first across all of them walks this index
        // instead of sorting every ticket (docs/benchmarks/assets.md).
        ticket.HasIndex(t => t.CreatedAt).HasFilter("archived_at IS NULL").HasDatabaseName("ix_tickets_created_at_live");
        // Every other sort key of the list, across customers: the key, then created_at and id in the same
        // direction, so that one index serves both directions (read backwards for descending).
        ticket.HasIndex(t => new { t.PriorityRank, t.CreatedAt, t.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_tickets_priority_live");
        ticket.HasIndex(t => new { t.StatusRank, t.CreatedAt, t.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_tickets_status_live");
        ticket.HasIndex(t => new { t.UpdatedAt, t.CreatedAt, t.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_tickets_updated_at_live");
        ticket.HasIndex(t => new { t.Title, t.CreatedAt, t.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_tickets_title_live");
        // The same per customer: without them a customer's page walked the provider-wide index past every other
        // customer's tickets (p50 21 ms at a million tickets for sort=-priority&page=3).
        ticket.HasIndex(t => new { t.CustomerId, t.PriorityRank, t.CreatedAt, t.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_tickets_customer_priority_live");
        ticket.HasIndex(t => new { t.CustomerId, t.StatusRank, t.CreatedAt, t.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_tickets_customer_status_live");
        ticket.HasIndex(t => new { t.CustomerId, t.UpdatedAt, t.CreatedAt, t.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_tickets_customer_updated_at_live");
        ticket.HasIndex(t => new { t.CustomerId, t.Title, t.CreatedAt, t.Id }).HasFilter("archived_at IS NULL").HasDatabaseName("ix_tickets_customer_title_live");
        // "text=" searches anywhere in title and description (ILIKE '%..%'): trigram index.
        ticket.HasIndex(t => new { t.Title, t.Description }).HasMethod("gin")
            .HasOperators("gin_trgm_ops", "gin_trgm_ops").HasDatabaseName("ix_tickets_text_trgm");
    }

    // CASE column WHEN 'first' THEN 0 WHEN 'second' THEN 1 ... END, from the list the API checks against.
    private static string RankOf(string column, IReadOnlyList<string> values) =>
        $"CASE {column} {string.Join(" ", values.Select((value, rank) => $"WHEN '{value}' THEN {rank}"))} END";
}
