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
    public async Task TheDocumentDescribesEveryMappedRouteAndIsTheCommittedOne() =>
        await ApiContract.VerifyAsync(app.Client, "tenants", output.WriteLine, await app.ScopedAsync(app.Administrator()));
}
