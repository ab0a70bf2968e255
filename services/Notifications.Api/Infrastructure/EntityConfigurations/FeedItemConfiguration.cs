using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Notifications.Api.Model;

namespace Notifications.Api.Infrastructure.EntityConfigurations;

internal sealed class FeedItemConfiguration : IEntityTypeConfiguration<FeedItem>
{
    public void Configure(EntityTypeBuilder<FeedItem> item)
    {
        item.ToTable("feed_items");
        item.HasKey(i => i.Id);
        item.Property(i => i.Kind).HasMaxLength(64);
        item.Property(i => i.Title).HasMaxLength(500);
        item.HasIndex(i => new { i.MessageId, i.UserId }).IsUnique();

        // The feed's query: a user's newest first.
        item.HasIndex(i => new { i.UserId, i.CreatedAt });
    }
}
