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
    public async Task TheDocumentDescribesEveryMappedRouteAndIsTheCommittedOne() =>
        await ApiContract.VerifyAsync(app.Client, "notifications", output.WriteLine);
}
