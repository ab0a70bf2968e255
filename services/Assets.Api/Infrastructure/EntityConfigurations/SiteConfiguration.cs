using Assets.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assets.Api.Infrastructure.EntityConfigurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> site)
    {
        site.ToTable("objects");
        site.Property(o => o.Id).ValueGeneratedNever();
        site.Property(o => o.Name).HasMaxLength(Site.NameMaxLength);
        site.Property(o => o.Address).HasMaxLength(Site.AddressMaxLength);
        site.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
        site.HasOne<Department>().WithMany().HasForeignKey(o => o.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        // Lists: a customer's live objects by name.
        site.HasIndex(o => new { o.CustomerId, o.Name }).HasFilter("archived_at IS NULL");
    }
}
