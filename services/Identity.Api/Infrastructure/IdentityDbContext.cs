using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.Infrastructure;

/// <remarks>
/// Add a migration: <c>dotnet ef migrations add &lt;Name&gt; -p services/Identity.Api -o Infrastructure/Migrations</c>
/// </remarks>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
