using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Identity.Api.Infrastructure.EntityConfigurations;

internal sealed class SupportAccessRequestConfiguration : IEntityTypeConfiguration<SupportAccessRequest>
{
    public void Configure(EntityTypeBuilder<SupportAccessRequest> request)
    {
        request.ToTable("support_access_requests");
        request.Property(r => r.Reason).HasMaxLength(SupportAccessRequest.ReasonMaxLength);
        request.Property(r => r.RefusalReason).HasMaxLength(SupportAccessRequest.ReasonMaxLength);
        // A customer's list, newest first; a staff member's open requests for a customer.
        request.HasIndex(r => new { r.CustomerId, r.RequestedAt });
        request.HasIndex(r => new { r.RequestedByUserId, r.CustomerId });
        request.HasOne<Organization>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
