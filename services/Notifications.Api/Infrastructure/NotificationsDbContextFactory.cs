using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Contracts;
using Portal.ServiceDefaults.Data;

namespace Notifications.Api.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the service.</summary>
internal sealed class NotificationsDbContextFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<NotificationsDbContext>()
        .UseNpgsql(DatabaseExtensions.DesignTimeConnectionString(ResourceNames.NotificationsDb))
        .UseSnakeCaseNamingConvention()
        .Options);
}
