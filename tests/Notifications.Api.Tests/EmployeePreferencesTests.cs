using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Notifications.Api.Tests.Infrastructure;
using Portal.Contracts.Identity;
using Portal.Contracts.Organizations;
using Portal.Contracts.Security;

namespace Notifications.Api.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class EmployeePreferencesTests(NotificationsApp app)
{
    private static readonly object TicketsOff = new { categories = new { devices = true, tickets = false, videoSessions = true, codes = true } };

    [Fact]
    public async Task ACustomerAdministratorSwitchesOffAnEmployeesTicketMails()
    {
        var customerId = Guid.NewGuid();
        var employee = await KnownEmployeeAsync(customerId);

        using var response = await app.SendAsync(
            HttpMethod.Put, $"/api/notifications/users/{employee}/preferences", UserTokens.CustomerAdministrator(customerId), TicketsOff);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var own = await app.SendAsync(HttpMethod.Get, "/api/notifications/me/preferences", UserTokens.CustomerUser(employee, customerId));
        var categories = (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("categories");
        Assert.False(categories.GetProperty("tickets").GetBoolean());
        Assert.True(categories.GetProperty("devices").GetBoolean());
    }

    [Fact]
    public async Task AnotherCustomersEmployeeIsNotFound()
    {
        var employee = await KnownEmployeeAsync(Guid.NewGuid());
        var otherCustomer = Guid.NewGuid();

        using var put = await app.SendAsync(
            HttpMethod.Put, $"/api/notifications/users/{employee}/preferences", UserTokens.CustomerAdministrator(otherCustomer), TicketsOff);
        using var get = await app.SendAsync(
            HttpMethod.Get, $"/api/notifications/users/{employee}/preferences", UserTokens.CustomerAdministrator(otherCustomer));

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        using var own = await app.SendAsync(HttpMethod.Get, "/api/notifications/me/preferences", UserTokens.CustomerUser(employee));
        Assert.True((await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("categories").GetProperty("tickets").GetBoolean());
    }

    [Fact]
    public async Task AnEmployeeWithoutTeamPermissionCannotChangeAColleaguesMails()
    {
        var customerId = Guid.NewGuid();
        var employee = await KnownEmployeeAsync(customerId);

        using var response = await app.SendAsync(
            HttpMethod.Put, $"/api/notifications/users/{employee}/preferences", UserTokens.CustomerUser(Guid.NewGuid(), customerId), TicketsOff);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ProviderStaffSetAnEmployeesMailsForAManagedCustomer()
    {
        var (providerId, customerId) = await CustomerAsync();
        var employee = await KnownEmployeeAsync(customerId);

        using var response = await app.SendAsync(
            HttpMethod.Put, $"/api/notifications/users/{employee}/preferences", UserTokens.ProviderStaff(providerId, Permissions.UsersManage), TicketsOff);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var own = await app.SendAsync(HttpMethod.Get, "/api/notifications/me/preferences", UserTokens.CustomerUser(employee, customerId));
        Assert.False((await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("categories").GetProperty("tickets").GetBoolean());
    }

    [Fact]
    public async Task AnIndependentCustomersEmployeesAreNotTheProvidersToDecideFor()
    {
        var (providerId, customerId) = await CustomerAsync();
        var employee = await KnownEmployeeAsync(customerId);
        await Handled(await app.Events.PublishAsync(new CustomerBecameIndependent(customerId, providerId)));

        using var put = await app.SendAsync(
            HttpMethod.Put, $"/api/notifications/users/{employee}/preferences", UserTokens.ProviderStaff(providerId, Permissions.UsersManage), TicketsOff);
        using var administrator = await app.SendAsync(
            HttpMethod.Put, $"/api/notifications/users/{employee}/preferences", UserTokens.CustomerAdministrator(customerId), TicketsOff);

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, administrator.StatusCode);
    }

    [Fact]
    public async Task AnotherProvidersStaffAndStaffWithoutUserManagementCannot()
    {
        var (providerId, customerId) = await CustomerAsync();
        var employee = await KnownEmployeeAsync(customerId);

        using var otherProvider = await app.SendAsync(
            HttpMethod.Put, $"/api/notifications/users/{employee}/preferences", UserTokens.ProviderStaff(Guid.NewGuid(), Permissions.UsersManage), TicketsOff);
        using var readOnly = await app.SendAsync(
            HttpMethod.Get, $"/api/notifications/users/{employee}/preferences", UserTokens.ProviderStaff(providerId, Permissions.UsersRead));

        Assert.Equal(HttpStatusCode.NotFound, otherProvider.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
    }

    [Fact]
    public async Task AnIncompleteChoiceIsRefusedPerField()
    {
        var customerId = Guid.NewGuid();
        var employee = await KnownEmployeeAsync(customerId);

        using var response = await app.SendAsync(
            HttpMethod.Put, $"/api/notifications/users/{employee}/preferences", UserTokens.CustomerAdministrator(customerId),
            new { categories = new { devices = true } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("categories.tickets", out _));
    }

    private async Task<(Guid ProviderId, Guid CustomerId)> CustomerAsync()
    {
        var providerId = Guid.NewGuid();
        var customerId = Guid.NewGuid();
        await Handled(await app.Events.PublishAsync(new CustomerCreated(customerId, providerId, "Acme", $"acme-{customerId:N}", "corporate", null, false)));
        return (providerId, customerId);
    }

    private Task Handled(Guid messageId) => app.HandledAsync(messageId);

    /// <summary>An employee of <paramref name="customerId"/>, once notifications has heard of them from identity.</summary>
    private async Task<Guid> KnownEmployeeAsync(Guid customerId)
    {
        var userId = Guid.NewGuid();
        var messageId = await app.Events.PublishAsync(new UserAccessChanged(
            userId, customerId, "customer", "member", [], false, [], [], PortalAreas.All, [], Active: false));
        await Eventually.ReturnsAsync(
            () => app.Database.ScalarAsync<long>("SELECT count(*) FROM processed_messages WHERE message_id = $1", messageId),
            count => count == 1,
            because: $"notifications to hear of {userId}");
        return userId;
    }
}
