using Portal.Testing.OpenApi;
using Identity.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Identity.Api.Tests;

/// <summary>
/// The service's OpenAPI document (<c>/api/identity/openapi/v1.json</c>) describes every route it maps, and is the
/// one committed in <c>docs/api/identity.v1.json</c>: a change of the contract shows in review.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class ApiDocumentTests(IdentityFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task TheDocumentDescribesEveryMappedRouteAndIsTheCommittedOne() =>
        await ApiContract.VerifyAsync(fixture.Identity, "identity", output.WriteLine, (await fixture.StaffAsync("administrator")).AccessToken);
}
