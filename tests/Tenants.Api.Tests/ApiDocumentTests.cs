using Portal.Testing.OpenApi;
using Tenants.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Tenants.Api.Tests;

/// <summary>
/// The service's OpenAPI document (<c>/api/tenants/openapi/v1.json</c>) describes every route it maps, and is the
/// one committed in <c>docs/api/tenants.v1.json</c>: a change of the contract shows in review.
/// </summary>
[Collection(TenantsCollection.Name)]
public sealed class ApiDocumentTests(TenantsApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task TheDocumentDescribesEveryMappedRouteAndIsTheCommittedOne()
    {
        var report = await ApiContract.CheckAsync(app.Client, "tenants");

        output.WriteLine(report.Summary);
        Assert.Empty(report.Problems);
        Assert.True(report.Endpoints > 0, report.Summary);
        Assert.True(report.MatchesCommitted, report.Summary);
    }
}
