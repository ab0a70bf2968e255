using Assets.Api.Model;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.Infrastructure;

/// <remarks>
/// Add a migration: <c>dotnet ef migrations add &lt;Name&gt; -p services/Assets.Api -o Infrastructure/Migrations</c>
/// </remarks>
public sealed class AssetsDbContext(DbContextOptions<AssetsDbContext> options) : DbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AssetsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
