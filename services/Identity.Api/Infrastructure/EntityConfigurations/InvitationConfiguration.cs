using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Identity.Api.Infrastructure.EntityConfigurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        invitation.ToTable("invitations");
        invitation.Property(i => i.Purpose).HasConversion<string>().HasMaxLength(20);
        invitation.Property(i => i.Email).HasMaxLength(Apis.Validation.EmailMaxLength);
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasIndex(i => i.OrganizationId);
        // The per-account limit on reset mails counts an account's recent links of one purpose.
        invitation.HasIndex(i => new { i.UserId, i.Purpose, i.CreatedAt });
        invitation.HasOne<User>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
