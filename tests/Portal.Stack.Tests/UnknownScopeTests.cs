using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Contracts;
using Portal.Stack.Tests.Infrastructure;

namespace Portal.Stack.Tests;

/// <summary>
/// A person whose scope has not reached tenants and assets through events yet (just created, or the
/// broker slow) is answered with the scope identity gives when asked, not with their organization's
/// widest nor, while identity can answer, with nothing.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class UnknownScopeTests(StackFixture stack)
{
    [Fact]
    public async Task APersonWhoseScopeHasNotArrivedIsAnsweredWithTheScopeIdentityGives()
    {
        var administrator = await stack.AdministratorAsync();
        var marker = Guid.NewGuid().ToString("N")[..10];
        using var created = await administrator.SendAsync(HttpMethod.Post, "/api/tenants/customers", new { name = $"Asked {marker}", type = "corporate" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var me = await administrator.SendAsync(HttpMethod.Get, "/api/identity/me");
        var userId = (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // What identity tells a service that asks: the same whole scope its events carry.
        using var access = await administrator.SendAsync(HttpMethod.Get, "/api/identity/me/access");
        var scope = await access.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, access.StatusCode);
        Assert.Equal(userId, scope.GetProperty("userId").GetGuid());
        Assert.True(scope.GetProperty("allCustomers").GetBoolean());
        Assert.True(scope.GetProperty("active").GetBoolean());

        // The services forget the administrator's scope, as if its event had not arrived yet.
        var aside = Guid.NewGuid();
        var databases = new[] { stack.DatabaseOf(ResourceNames.TenantsDb), stack.DatabaseOf(ResourceNames.AssetsDb) };
        foreach (var database in databases)
        {
            Assert.Equal(1, await database.ExecuteAsync("UPDATE user_scopes SET user_id = $2 WHERE user_id = $1", userId, aside));
        }

        try
        {
            using var customers = await administrator.SendAsync(HttpMethod.Get, $"/api/tenants/customers?search={marker}");
            using var devices = await administrator.SendAsync(HttpMethod.Get, "/api/assets/devices");

            Assert.Equal(HttpStatusCode.OK, customers.StatusCode);
            Assert.Equal(1, (await customers.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
            // Fail closed without an answer would be 403 here: no scope, no permission.
            Assert.Equal(HttpStatusCode.OK, devices.StatusCode);
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.ExecuteAsync("UPDATE user_scopes SET user_id = $1 WHERE user_id = $2", userId, aside);
            }
        }
    }
}
