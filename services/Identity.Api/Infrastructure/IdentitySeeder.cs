using Identity.Api.Application;
using Identity.Api.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Data;

namespace Identity.Api.Infrastructure;

/// <summary>
/// Runs after the migrations at every start: registers the clients, and at the first start creates
/// the provider's first administrator from <c>Bootstrap:*</c>. Later starts find them and change nothing.
/// </summary>
internal sealed partial class IdentitySeeder(
    ClientRegistrations clients,
    UserManager<User> users,
    AccessEvents accessEvents,
    IOptions<BootstrapOptions> bootstrap,
    TimeProvider clock,
    ILogger<IdentitySeeder> logger) : IDbSeeder<IdentityDbContext>
{
    public async Task SeedAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        await clients.RegisterAsync(cancellationToken);
        await BootstrapAdministratorAsync(db, cancellationToken);
    }

    private async Task BootstrapAdministratorAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        var options = bootstrap.Value;
        if (options.ProviderId is not { } providerId || string.IsNullOrWhiteSpace(options.AdminEmail) || string.IsNullOrEmpty(options.AdminPassword))
        {
            return;
        }

        if (await users.FindByEmailAsync(options.AdminEmail) is not null)
        {
            return;
        }

        // The provider may not have arrived from tenants yet; its ProviderCreated event fills in the name.
        if (await db.Organizations.FindAsync([providerId], cancellationToken) is null)
        {
            db.Organizations.Add(new Organization { Id = providerId, Kind = OrganizationKinds.Provider, Name = "Provider" });
        }

        var administrator = new User
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = providerId,
            Email = options.AdminEmail.Trim(),
            UserName = options.AdminEmail.Trim(),
            EmailConfirmed = true,
            FirstName = "Administrator",
            Role = Roles.Administrator,
            CreatedAt = clock.GetUtcNow(),
        };
        accessEvents.Publish(db, administrator, OrganizationKinds.Provider, permissions: Security.RoleCatalog.ProviderAdministrator, active: true);
        var result = await users.CreateAsync(administrator, options.AdminPassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "Bootstrap:AdminEmail/AdminPassword could not create the first administrator: " +
                string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        LogBootstrapped(logger, administrator.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the provider's first administrator {UserId} from Bootstrap configuration")]
    private static partial void LogBootstrapped(ILogger logger, Guid userId);
}
