using Notifications.Api.Tests.Infrastructure;
using Portal.Contracts.Security;
using Portal.Testing.Fuzzing;
using Xunit.Abstractions;

namespace Notifications.Api.Tests;

/// <summary>Every route notifications maps, sent every class of bad input by the people who use it.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class FuzzTests(NotificationsApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task NoRouteAnswersBadInputWithAServerErrorOrAcceptsIt()
    {
        var customerId = Guid.NewGuid();
        var member = await app.KnownUserAsync(customerId, "en");
        var memberToken = UserTokens.CustomerUser(member.Id, customerId);
        var administratorToken = UserTokens.CustomerAdministrator(customerId);
        var staffToken = UserTokens.ProviderStaff(Guid.NewGuid(), [.. Permissions.All]);

        var report = await FuzzRun.RunAsync(app.Client, endpoint => Task.FromResult<string?>(
            endpoint.Route.Contains("/employees", StringComparison.Ordinal) ? administratorToken
            : endpoint.Route.EndsWith("/api/notifications/mails", StringComparison.Ordinal) ? staffToken
            : memberToken));

        output.WriteLine(report.Summary);
        report.Failures.ToList().ForEach(output.WriteLine);
        Assert.True(report.Endpoints >= 8, report.Summary);
        Assert.Empty(report.Failures);
    }
}
