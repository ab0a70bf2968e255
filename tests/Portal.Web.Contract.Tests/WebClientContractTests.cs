using Portal.Web.Api;
using Xunit.Abstractions;

namespace Portal.Web.Contract.Tests;

/// <summary>
/// Issue 16: the web app's API clients follow the services' documents, so that a renamed field
/// breaks the build, not a page.
/// </summary>
public sealed class WebClientContractTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryClientMethodSendsAndReadsWhatTheDocumentsDescribe()
    {
        var clients = ClientMethodInvoker.ClientTypes(typeof(ApiClient).Assembly);
        var calls = await ClientMethodInvoker.CallAllAsync(clients);

        var report = new ContractChecker(OpenApiDocuments.LoadCommitted()).Check(calls);

        output.WriteLine($"{clients.Count} clients, {report.Methods} client methods, {report.Requests} requests checked");
        Assert.NotEmpty(clients);
        Assert.NotEmpty(calls);
        Assert.True(report.Requests >= report.Methods, "Every client method sends at least one request.");
        Assert.True(
            report.Mismatches.Count == 0,
            $"{report.Mismatches.Count} differences between the web app's clients and docs/api:{Environment.NewLine}" +
            string.Join(Environment.NewLine, report.Mismatches));
    }
}
