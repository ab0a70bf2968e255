using Portal.Testing.Fuzzing;
using Tenants.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Tenants.Api.Tests;

/// <summary>Every route tenants maps, sent every class of bad input by the provider's administrator.</summary>
[Collection(TenantsCollection.Name)]
public sealed class FuzzTests(TenantsApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task NoRouteAnswersBadInputWithAServerErrorOrAcceptsIt()
    {
        var report = await FuzzRun.RunAsync(app.Client, async _ => await app.ScopedAsync(app.Administrator()));

        output.WriteLine(report.Summary);
        report.Failures.ToList().ForEach(output.WriteLine);
        Assert.True(report.Endpoints >= 10, report.Summary);
        Assert.Empty(report.Failures);
    }
}
