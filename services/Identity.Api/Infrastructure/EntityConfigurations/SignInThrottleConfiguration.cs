using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Identity.Api.Infrastructure.EntityConfigurations;

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> throttle)
    {
        throttle.ToTable("sign_in_throttles");
        throttle.HasKey(t => t.Key);
        throttle.Property(t => t.Key).HasMaxLength(SignInThrottle.KeyMaxLength);
        // Old rows of unknown names are swept by their last failure.
        throttle.HasIndex(t => t.LastFailureAt);
    }
}
