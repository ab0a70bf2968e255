using Portal.Testing.OpenApi;
using Notifications.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Notifications.Api.Tests;

/// <summary>
/// The service's OpenAPI document (<c>/api/notifications/openapi/v1.json</c>) describes every route it maps, and is the
/// one committed in <c>docs/api/notifications.v1.json</c>: a change of the contract shows in review.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class ApiDocumentTests(NotificationsApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task TheDocumentDescribesEveryMappedRouteAndIsTheCommittedOne()
    {
        var report = await ApiContract.CheckAsync(app.Client, "notifications");

        output.WriteLine(report.Summary);
        Assert.Empty(report.Problems);
        Assert.True(report.Endpoints > 0, report.Summary);
        Assert.True(report.MatchesCommitted, report.Summary);
    }
}
