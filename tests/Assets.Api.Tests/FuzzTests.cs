using Assets.Api.Tests.Infrastructure;
using Portal.Testing.Fuzzing;
using Xunit.Abstractions;

namespace Assets.Api.Tests;

/// <summary>Every route assets maps, sent every class of bad input by a provider administrator with a seeded customer.</summary>
[Collection(AssetsCollection.Name)]
public sealed class FuzzTests(AssetsApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task NoRouteAnswersBadInputWithAServerErrorOrAcceptsIt()
    {
        var world = await World.CreateAsync(app);
        await world.SeedAsync(await world.CustomerAsync());
        var token = await app.TokenAsync(world.Administrator());

        var report = await FuzzRun.RunAsync(app.Http, _ => Task.FromResult<string?>(token));

        output.WriteLine(report.Summary);
        report.Failures.ToList().ForEach(output.WriteLine);
        Assert.True(report.Endpoints >= 20, report.Summary);
        Assert.Empty(report.Failures);
    }
}
