using System.Text.Json;

namespace Portal.AppHost.Tests.Infrastructure;

/// <summary>
/// The AppHost's <c>http</c> launch profile (Portal.AppHost/Properties/launchSettings.json), read as
/// <c>dotnet run</c> applies it: its environment, and its applicationUrl as <c>ASPNETCORE_URLS</c>.
/// </summary>
public static class LaunchProfile
{
    public static IReadOnlyDictionary<string, string> EnvironmentOf(string appHostProjectDirectory, string profile = "http")
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(appHostProjectDirectory, "Properties", "launchSettings.json")));
        var selected = settings.RootElement.GetProperty("profiles").GetProperty(profile);
        var environment = selected.GetProperty("environmentVariables").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
        environment["ASPNETCORE_URLS"] = selected.GetProperty("applicationUrl").GetString()!;
        return environment;
    }
}
