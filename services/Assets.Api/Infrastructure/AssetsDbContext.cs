using Assets.Api.Model;
using Assets.Api.Model.Counters;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.Infrastructure;

/// <remarks>
/// Add a migration: <c>dotnet ef migrations add &lt;Name&gt; -p services/Assets.Api -o Infrastructure/Migrations</c>
/// </remarks>
public sealed class AssetsDbContext(DbContextOptions<AssetsDbContext> options) : DbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<UserScope> UserScopes => Set<UserScope>();
    public DbSet<Site> Objects => Set<Site>();
    public DbSet<Device> Devices => Set<Device>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketComment> TicketComments => Set<TicketComment>();
    public DbSet<TicketHistoryEntry> TicketHistory => Set<TicketHistoryEntry>();
    public DbSet<VideoSession> VideoSessions => Set<VideoSession>();
    public DbSet<Template> Templates => Set<Template>();
    public DbSet<TicketCount> TicketCounts => Set<TicketCount>();
    public DbSet<TicketsOpenedInMonth> TicketsOpenedPerMonth => Set<TicketsOpenedInMonth>();
    public DbSet<TicketsResolvedOnDay> TicketsResolvedPerDay => Set<TicketsResolvedOnDay>();
    public DbSet<DeviceCount> DeviceCounts => Set<DeviceCount>();
    public DbSet<ProviderTicketCount> ProviderTicketCounts => Set<ProviderTicketCount>();
    public DbSet<ProviderTicketsOpenedInMonth> ProviderTicketsOpenedPerMonth => Set<ProviderTicketsOpenedInMonth>();
    public DbSet<ProviderTicketsResolvedOnDay> ProviderTicketsResolvedPerDay => Set<ProviderTicketsResolvedOnDay>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Trigram indexes make "text=" searches (ILIKE '%..%') fast; pg_trgm is a trusted extension.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AssetsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
