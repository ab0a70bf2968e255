using Microsoft.EntityFrameworkCore;
using Notifications.Api.Model;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.Infrastructure;

/// <remarks>
/// Add a migration: <c>dotnet ef migrations add &lt;Name&gt; -p services/Notifications.Api -o Infrastructure/Migrations</c>
/// </remarks>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<Mail> Mails => Set<Mail>();
    public DbSet<FeedItem> FeedItems => Set<FeedItem>();
    public DbSet<NotificationPreferences> Preferences => Set<NotificationPreferences>();
    public DbSet<Recipient> Recipients => Set<Recipient>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<ForgottenUser> ForgottenUsers => Set<ForgottenUser>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
