using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Notifications.Api.Model;

namespace Notifications.Api.Infrastructure.EntityConfigurations;

internal sealed class MailConfiguration : IEntityTypeConfiguration<Mail>
{
    public void Configure(EntityTypeBuilder<Mail> mail)
    {
        mail.ToTable("mails");
        mail.HasKey(m => m.Id);
        mail.Property(m => m.Recipient).HasMaxLength(320);
        mail.Property(m => m.Kind).HasMaxLength(64);
        mail.Property(m => m.Language).HasMaxLength(2);
        mail.Property(m => m.Subject).HasMaxLength(500);
        mail.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        mail.Property(m => m.Category).HasMaxLength(32);
        mail.Property(m => m.UnsubscribeUrl).HasMaxLength(1000);

        // The status API's queries: an organization's mails, a user's mails, newest first.
        mail.HasIndex(m => new { m.OrganizationId, m.CreatedAt });
        mail.HasIndex(m => new { m.UserId, m.CreatedAt });

        // Idempotency: one mail per event and recipient, whatever the broker redelivers.
        mail.HasIndex(m => new { m.MessageId, m.Recipient }).IsUnique();

        // The sender's query: what is due.
        mail.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}
