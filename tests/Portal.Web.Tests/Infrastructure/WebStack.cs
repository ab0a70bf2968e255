using Microsoft.Playwright;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Portal.Contracts;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// The whole Portal stack from the AppHost's model on Aspire.Hosting.Testing (fresh data, free ports) and
/// Debian's Chromium driven by Playwright. Browsers reach everything through the gateway, as users do.
/// </summary>
public sealed class WebStack : IAsyncLifetime
{
    private DistributedApplication? _app;
    private IPlaywright? _playwright;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The stack has not started.");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The gateway's public URL, the one address a user needs.</summary>
    public string BaseUrl => App.GetEndpoint(ResourceNames.Gateway).ToString().TrimEnd('/');

    /// <summary>The gateway under another host name: the loopback IP, or a customer's own <c>&lt;slug&gt;.localhost</c>.</summary>
    public string AddressOn(string host) => $"http://{host}:{new Uri(BaseUrl).Port}";

    public PortalApi Api { get; private set; } = null!;

    public MailDevInbox Inbox { get; private set; } = null!;

    /// <summary>The one address a user of Portal needs; links in e-mails point here.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>Identity's clock, for links that expire (reset it in <c>finally</c>: the stack is shared).</summary>
    public TestClock IdentityClock { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await TestApplications.CreateWholeStackAsync();
        // Every browser and API call of these tests comes from one address; the per-address sign-in
        // limits (proven in Identity.Api.Tests and GatewayTests) would turn a busy run into 429s.
        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Gateway).WithEnvironment("Gateway__RateLimits__PermitLimit", "1000");
        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Identity).WithEnvironment("Identity__RateLimits__PermitLimit", "1000");
        // The services' /testing/clock exists only with it (and only in Development).
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            builder.CreateResourceBuilder(project).WithEnvironment("Testing__AdjustableClock", "true");
        }

        _app = await builder.StartHealthyAsync();

        Gateway = _app.CreateHttpClient(ResourceNames.Gateway);
        Api = new PortalApi(Gateway);
        Inbox = new MailDevInbox(() => _app.CreateHttpClient(ResourceNames.MailDev));
        IdentityClock = new TestClock(_app.CreateHttpClient(ResourceNames.Identity));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Playwright's own browser download cannot work here; Debian's Chromium does.
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser profile (no cookies) whose browser asks for <paramref name="locale"/> (its Accept-Language).</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAndDeleteDataAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WebStackCollection : ICollectionFixture<WebStack>
{
    public const string Name = "Web app on the whole stack";
}
