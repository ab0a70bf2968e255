using System.Net;
using Assets.Api.Tests.Infrastructure;
using Portal.Contracts.Identity;

namespace Assets.Api.Tests;

/// <summary>Identity deleted an account: assets forgets the user's scope and their leftover token shows nothing.</summary>
[Collection(AssetsCollection.Name)]
public sealed class UserDeletedTests(AssetsApp app)
{
    [Fact]
    public async Task ADeletedUsersScopeIsForgottenAndTheirTokenIsRefused()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var member = seeded.Customer.Member();
        var device = $"/api/assets/devices/{seeded.DeviceId}";
        await world.ScopeAsync(member, objectIds: [seeded.ObjectId]);
        await app.GetAsync(member, device);

        await app.PublishAsync(new UserDeleted(member.Id, member.OrganizationId));

        await app.ExpectAsync(HttpStatusCode.Forbidden, member, HttpMethod.Get, device);
        Assert.Equal("|false|0|0|0", await app.Database.ScalarAsync<string>(
            "SELECT role || '|' || active || '|' || cardinality(permissions) || '|' || cardinality(object_ids) || '|' || cardinality(portal_areas) FROM user_scopes WHERE user_id = $1",
            member.Id));
    }

    [Fact]
    public async Task AUserDeletedBeforeAssetsKnewTheirScopeIsRefusedToo()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var member = seeded.Customer.Member();

        await app.PublishAsync(new UserDeleted(member.Id, member.OrganizationId));

        await app.ExpectAsync(HttpStatusCode.Forbidden, member, HttpMethod.Get, $"/api/assets/devices/{seeded.DeviceId}");
    }
}
