using System.Globalization;
using System.Net;
using System.Text.Json;
using Identity.Benchmarks;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Portal.AppHost;
using Portal.Contracts;
using Portal.Testing.Aspire;

// Options: --seconds N (per phase, default 20), --concurrency N (default 4), --out PATH.
var seconds = Option("--seconds", 20);
var concurrency = Option("--concurrency", 4);
var output = OptionText("--out") ?? Path.Combine(RepositoryRoot(), "docs", "benchmarks", "identity.md");
const string email = "bench.admin@provider.test";
const string password = "benchmark-administrator-password";
var startedAt = DateTimeOffset.UtcNow;

var builder = TestApplications.CreateEmpty();
builder.AddServiceWithItsData<Projects.Identity_Api>(ResourceNames.Identity, ResourceNames.IdentityDb)
    .WithEnvironment("Portal__PublicUrl", "http://portal.bench")
    .WithEnvironment("Bootstrap__ProviderId", DevelopmentAccounts.ProviderId)
    .WithEnvironment("Bootstrap__AdminEmail", email)
    .WithEnvironment("Bootstrap__AdminPassword", password)
    .WithEnvironment("Identity__AllowPasswordGrant", "true")
    .WithEnvironment("Logging__LogLevel__Default", "Warning");
var app = await builder.StartHealthyAsync();

var identity = app.CreateHttpClient(ResourceNames.Identity);
var duration = TimeSpan.FromSeconds(seconds);
Console.WriteLine($"identity at {identity.BaseAddress}; {concurrency} workers, {seconds} s per phase");

// Warm-up: JIT, connection pools, the server's keys.
await LoadRunner.RunAsync("warm-up", concurrency, TimeSpan.FromSeconds(3), 50, _ => PasswordAsync(identity, email, password));

var signIns = await LoadRunner.RunAsync("password sign-in", concurrency, duration, 100_000, _ => PasswordAsync(identity, email, password));
Console.WriteLine($"password sign-ins: {signIns.PerSecond:F1}/s ({signIns.Failed} failed)");

var refreshTokens = new string?[concurrency];
for (var worker = 0; worker < concurrency; worker++)
{
    refreshTokens[worker] = await RefreshTokenAsync(identity, email, password);
}

var refreshes = await LoadRunner.RunAsync("token refresh", concurrency, duration, 100_000, async worker =>
{
    var next = await RefreshAsync(identity, refreshTokens[worker]!);
    refreshTokens[worker] = next ?? refreshTokens[worker];
    return next is not null;
});
Console.WriteLine($"token refreshes: {refreshes.PerSecond:F1}/s ({refreshes.Failed} failed)");
identity.Dispose();
await app.StopAndDeleteDataAsync();

Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, Report.Markdown([signIns, refreshes], startedAt));
Console.WriteLine($"written {output}");
return 0;

static async Task<bool> PasswordAsync(HttpClient identity, string email, string password) =>
    await TokenAsync(identity, PasswordForm(email, password)) is not null;

static async Task<string?> RefreshTokenAsync(HttpClient identity, string email, string password) =>
    (await TokenAsync(identity, PasswordForm(email, password)))?.GetProperty("refresh_token").GetString();

static async Task<string?> RefreshAsync(HttpClient identity, string refreshToken) =>
    (await TokenAsync(identity, new Dictionary<string, string>
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = "portal-cli",
        ["refresh_token"] = refreshToken,
    }))?.GetProperty("refresh_token").GetString();

static Dictionary<string, string> PasswordForm(string email, string password) => new()
{
    ["grant_type"] = "password",
    ["client_id"] = "portal-cli",
    ["username"] = email,
    ["password"] = password,
    ["scope"] = "openid offline_access portal",
};

static async Task<JsonElement?> TokenAsync(HttpClient identity, Dictionary<string, string> form)
{
    using var content = new FormUrlEncodedContent(form);
    using var response = await identity.PostAsync(new Uri("/connect/token", UriKind.Relative), content);
    if (response.StatusCode != HttpStatusCode.OK)
    {
        return null;
    }

    return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}

int Option(string name, int fallback) =>
    OptionText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? OptionText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string RepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Directory.GetCurrentDirectory();
}
