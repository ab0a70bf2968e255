using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Identity.Api.Infrastructure.EntityConfigurations;

internal sealed class ServerKeyConfiguration : IEntityTypeConfiguration<ServerKey>
{
    public const string UniqueUseIndex = "ux_server_keys_use";

    public void Configure(EntityTypeBuilder<ServerKey> key)
    {
        key.ToTable("server_keys");
        key.Property(k => k.Use).HasMaxLength(20);
        // One current key per use: two instances starting at once cannot both create one.
        key.HasIndex(k => k.Use).HasDatabaseName(UniqueUseIndex).IsUnique();
    }
}
