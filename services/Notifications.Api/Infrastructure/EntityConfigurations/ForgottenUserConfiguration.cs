using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Notifications.Api.Model;

namespace Notifications.Api.Infrastructure.EntityConfigurations;

internal sealed class ForgottenUserConfiguration : IEntityTypeConfiguration<ForgottenUser>
{
    public void Configure(EntityTypeBuilder<ForgottenUser> user)
    {
        user.ToTable("forgotten_users");
        user.HasKey(u => u.UserId);
        user.Property(u => u.UserId).ValueGeneratedNever();
    }
}
