using Assets.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assets.Api.Infrastructure.EntityConfigurations;

internal sealed class VideoSessionConfiguration : IEntityTypeConfiguration<VideoSession>
{
    public void Configure(EntityTypeBuilder<VideoSession> session)
    {
        session.ToTable("video_sessions");
        session.Property(s => s.Id).ValueGeneratedNever();
        session.Property(s => s.Title).HasMaxLength(VideoSession.TitleMaxLength);
        session.Property(s => s.Status).HasMaxLength(20);
        session.HasOne<Site>().WithMany().HasForeignKey(s => s.ObjectId).OnDelete(DeleteBehavior.Restrict);
        session.HasOne<Device>().WithMany().HasForeignKey(s => s.DeviceId).OnDelete(DeleteBehavior.Restrict);
        session.HasOne<Ticket>().WithMany().HasForeignKey(s => s.TicketId).OnDelete(DeleteBehavior.Restrict);
        session.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Restrict);
        session.HasIndex(s => new { s.CustomerId, s.ScheduledAt });
        // Upcoming sessions across a whole provider (staff's list and dashboard): counted from the index alone,
        // per customer too.
        session.HasIndex(s => new { s.ProviderId, s.Status, s.ScheduledAt }).IncludeProperties(s => s.CustomerId);
    }
}
