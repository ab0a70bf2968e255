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

        // Business mails go to the users of one customer.
        recipient.HasIndex(r => r.OrganizationId);
    }
}
