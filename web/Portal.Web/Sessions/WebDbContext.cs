using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Portal.Web.Sessions;

/// <summary>
/// The web app's own state, which all of its replicas share: the signed-in sessions and the data-protection keys
/// that protect the session cookie, antiforgery tokens, the sign-in's correlation cookies and the stored tokens.
/// With keys of its own, a replica could not read a cookie another one wrote.
/// </summary>
/// <remarks>
/// Add a migration: <c>dotnet ef migrations add &lt;Name&gt; -p web/Portal.Web -o Sessions/Migrations</c>
/// </remarks>
public sealed class WebDbContext(DbContextOptions<WebDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<WebSession> Sessions => Set<WebSession>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WebSession>(session =>
        {
            session.ToTable("web_sessions");
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).HasMaxLength(WebSession.IdMaxLength);
            // The clean-up of idle sessions finds them by their last use.
            session.HasIndex(s => s.LastUsedAt);
        });
    }
}
