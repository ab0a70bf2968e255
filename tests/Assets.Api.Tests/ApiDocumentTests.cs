using Portal.Testing.OpenApi;
using Assets.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Assets.Api.Tests;

/// <summary>
/// The service's OpenAPI document (<c>/api/assets/openapi/v1.json</c>) describes every route it maps, and is the
/// one committed in <c>docs/api/assets.v1.json</c>: a change of the contract shows in review.
/// </summary>
[Collection(AssetsCollection.Name)]
public sealed class ApiDocumentTests(AssetsApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task TheDocumentDescribesEveryMappedRouteAndIsTheCommittedOne() =>
        await ApiContract.VerifyAsync(app.Http, "assets", output.WriteLine, await app.TokenAsync((await World.CreateAsync(app)).Administrator()));
}
