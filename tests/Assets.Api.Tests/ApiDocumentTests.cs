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
    public async Task TheDocumentDescribesEveryMappedRouteAndIsTheCommittedOne()
    {
        var report = await ApiContract.CheckAsync(app.Http, "assets");

        output.WriteLine(report.Summary);
        Assert.Empty(report.Problems);
        Assert.True(report.Endpoints > 0, report.Summary);
        Assert.True(report.MatchesCommitted, report.Summary);
    }
}
