using Portal.Contracts.Identity;
using Portal.Contracts.Organizations;
using Portal.Contracts.Security;

namespace Assets.Api.Tests.Infrastructure;

/// <summary>A fresh provider for one test: its department, customers and people. Nothing is shared between tests.</summary>
public sealed class World(AssetsApp app)
{
    public Guid ProviderId { get; } = Guid.NewGuid();
    public Guid DepartmentId { get; } = Guid.NewGuid();

    public static async Task<World> CreateAsync(AssetsApp app)
    {
        var world = new World(app);
        await app.PublishAsync(new DepartmentCreated(world.DepartmentId, world.ProviderId, "Berlin " + world.DepartmentId.ToString("N")[..6]));
        return world;
    }

    public TestUser Staff(params string[] permissions) => new(Guid.NewGuid(), ProviderId, OrganizationKinds.Provider, "administrator", permissions);

    public TestUser Administrator() => Staff(Roles.ProviderAdministrator);

    public async Task<TestCustomer> CustomerAsync(string name = "Acme", Guid? departmentId = null)
    {
        var id = Guid.NewGuid();
        await app.PublishAsync(new CustomerCreated(
            id, ProviderId, name, $"{name.ToLowerInvariant().Replace(' ', '-')}-{id:N}"[..30], CustomerTypes.Corporate, departmentId ?? DepartmentId, Independent: false));
        return new TestCustomer(id, name);
    }

    /// <summary>An object with a device, a ticket about it with a comment, and a video session: one of everything.</summary>
    public async Task<Seeded> SeedAsync(TestCustomer customer)
    {
        var staff = Administrator();
        var site = await app.CreateAsync(staff, "/api/assets/objects", new { customerId = customer.Id, name = "Plant " + customer.Name, address = "Main St 1" });
        var device = await app.CreateAsync(staff, "/api/assets/devices", new
        {
            customerId = customer.Id, objectId = site.Id(), name = "Boiler", serialNumber = "SN-" + Guid.NewGuid().ToString("N")[..10], model = "B-1",
        });
        var ticket = await app.CreateAsync(staff, "/api/assets/tickets", new { deviceId = device.Id(), title = "Leaking", description = "Water on the floor", priority = "high" });
        await app.CreateAsync(staff, $"/api/assets/tickets/{ticket.Id()}/comments", new { text = "On our way." });
        var session = await app.CreateAsync(staff, "/api/assets/video-sessions", new { ticketId = ticket.Id(), scheduledAt = DateTimeOffset.UtcNow.AddDays(1) });
        return new Seeded(customer, site.Id(), device.Id(), device.Text("code"), ticket.Id(), session.Id());
    }

    /// <summary>Publishes the user's scope as identity would after a change of access.</summary>
    public Task ScopeAsync(
        TestUser user, bool allCustomers = true, Guid[]? customerIds = null, Guid[]? departmentIds = null,
        string[]? portalAreas = null, Guid[]? objectIds = null, bool active = true, string[]? permissions = null, long version = 0,
        string? firstName = null, string? email = null)
    {
        app.ScopeGiven(user.Id);
        return app.PublishAsync(new UserAccessChanged(
            user.Id, user.OrganizationId, user.OrganizationKind, user.Role, permissions ?? user.Permissions,
            allCustomers, customerIds ?? [], departmentIds ?? [], portalAreas ?? [.. PortalAreas.All], objectIds ?? [], active,
            Email: email, FirstName: firstName, LastName: firstName is null ? null : "Test", Version: version));
    }
}
