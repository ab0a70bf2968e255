using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Messaging;
using Tenants.Api.Model;

namespace Tenants.Api.Infrastructure;

/// <remarks>
/// Add a migration (with the stack's PostgreSQL running, or any reachable one):
/// <c>dotnet ef migrations add &lt;Name&gt; -p services/Tenants.Api -o Infrastructure/Migrations</c>
/// </remarks>
public sealed class TenantsDbContext(DbContextOptions<TenantsDbContext> options) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<UserScope> UserScopes => Set<UserScope>();
    public DbSet<CustomerAuditEntry> CustomerAudit => Set<CustomerAuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TenantsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
