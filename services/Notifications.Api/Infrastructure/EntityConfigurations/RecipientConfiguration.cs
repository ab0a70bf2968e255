using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Notifications.Api.Model;

namespace Notifications.Api.Infrastructure.EntityConfigurations;

internal sealed class RecipientConfiguration : IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<Recipient> recipient)
    {
        recipient.ToTable("recipients");
        recipient.HasKey(r => r.UserId);
        recipient.Property(r => r.OrganizationKind).HasMaxLength(16);
        recipient.Property(r => r.Role).HasMaxLength(64);
        recipient.Property(r => r.Email).HasMaxLength(320);
        recipient.Property(r => r.Language).HasMaxLength(2);
        recipient.Property(r => r.FirstName).HasMaxLength(100);
        recipient.Property(r => r.LastName).HasMaxLength(100);

        // Business mails go to the users of one customer.
        recipient.HasIndex(r => r.OrganizationId);
    }
}
