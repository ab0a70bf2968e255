using Identity.Api.Tests.Infrastructure;
using Portal.Testing.Fuzzing;
using Xunit.Abstractions;

namespace Identity.Api.Tests;

/// <summary>
/// Every route identity maps, sent every class of bad input by a provider administrator of its own (the
/// run may end its own sessions or delete itself; nobody else's token is at stake). The sign-in page and
/// the OpenID endpoints answer in their own formats (HTML, OAuth errors), so only their status is checked.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class FuzzTests(IdentityFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task NoRouteAnswersBadInputWithAServerErrorOrAcceptsIt()
    {
        var administrator = await fixture.StaffAsync("administrator");

        var report = await FuzzRun.RunAsync(
            fixture.Identity,
            _ => Task.FromResult<string?>(administrator.AccessToken),
            answersWithProblemDetails: endpoint => endpoint.Route.StartsWith("/api/", StringComparison.Ordinal),
            // An address of its own, so that the anonymous routes' rate limits of the other tests' address stay untouched.
            prepare: request => request.Headers.Add("X-Forwarded-For", "203.0.113.80"));

        output.WriteLine(report.Summary);
        report.Failures.ToList().ForEach(output.WriteLine);
        Assert.True(report.Endpoints >= 40, report.Summary);
        Assert.Empty(report.Failures);
    }
}
