using Microsoft.EntityFrameworkCore;

namespace Portal.ServiceDefaults.Messaging;

public static class MessagingModelBuilderExtensions
{
    public const string OutboxTable = "outbox_messages";
    public const string ProcessedMessagesTable = "processed_messages";

    /// <summary>Adds the outbox and processed-message tables to a service's model (call from OnModelCreating).</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(OutboxTable);
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Sequence).UseIdentityAlwaysColumn();
            outbox.Property(m => m.MessageType).HasMaxLength(300);
            outbox.Property(m => m.Body).HasColumnType("jsonb");
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            outbox.Property(m => m.TraceParent).HasMaxLength(64);
            // The dispatcher only ever looks for unsent rows.
            outbox.HasIndex(m => new { m.NextAttemptAt, m.Sequence }).HasFilter("sent_at IS NULL");
        });

        modelBuilder.Entity<ProcessedMessage>(processed =>
        {
            processed.ToTable(ProcessedMessagesTable);
            processed.HasKey(m => new { m.MessageId, m.Consumer });
            processed.Property(m => m.Consumer).HasMaxLength(200);
        });
        return modelBuilder;
    }
}
