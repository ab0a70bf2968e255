using System.Net;
using Portal.Contracts.Identity;
using Tenants.Api.Tests.Infrastructure;

namespace Tenants.Api.Tests;

/// <summary>Identity deleted an account: tenants forgets the user's scope, and the customer no longer counts them.</summary>
[Collection(TenantsCollection.Name)]
public sealed class UserDeletedTests(TenantsApp app)
{
    [Fact]
    public async Task ADeletedUserNoLongerKeepsTheirCustomerCorporateAndTheirScopeIsEmptied()
    {
        var customer = await app.CreateCustomerAsync();
        var user = Guid.NewGuid();
        await app.PublishAndWaitAsync(UserAccess.CustomerUser(user, customer.Id()));

        var messageId = await app.Broker.PublishAsync(new UserDeleted(user, customer.Id()));
        await Eventually.ReturnsAsync(
            () => app.ScalarAsync<long>("SELECT count(*) FROM processed_messages WHERE message_id = $1", messageId),
            count => count == 1, because: "tenants to handle UserDeleted");
        using var allowed = await app.SendAsync(HttpMethod.Patch, $"/api/tenants/customers/{customer.Id()}", app.Administrator(), new { type = "individual" });

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("|false|0|0", await app.ScalarAsync<string>(
            "SELECT role || '|' || active || '|' || cardinality(permissions) || '|' || cardinality(customer_ids) FROM user_scopes WHERE user_id = $1", user));
    }
}
