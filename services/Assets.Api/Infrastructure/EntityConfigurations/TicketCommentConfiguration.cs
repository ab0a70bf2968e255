using Assets.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assets.Api.Infrastructure.EntityConfigurations;

internal sealed class TicketCommentConfiguration : IEntityTypeConfiguration<TicketComment>
{
    public void Configure(EntityTypeBuilder<TicketComment> comment)
    {
        comment.ToTable("ticket_comments");
        comment.Property(c => c.Id).ValueGeneratedNever();
        comment.Property(c => c.Text).HasMaxLength(TicketComment.TextMaxLength);
        comment.Property(c => c.AuthorOrganizationKind).HasMaxLength(20);
        comment.HasOne<Ticket>().WithMany().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Cascade);
        comment.HasIndex(c => new { c.TicketId, c.CreatedAt });
    }
}
