using System.Diagnostics;
using System.Text.Json;

namespace Portal.Deployment.Tests;

/// <summary>
/// Runs tools/kubernetes-validation (the Kubernetes API's JSON schemas from the npm package kubernetes-models, and
/// Portal's own promises) over a folder of manifests, offline. scripts/prerequisites.sh installs it.
/// </summary>
public static class ManifestValidator
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Manifests => Path.Combine(RepositoryRoot, "deploy", "kubernetes");

    public static async Task<Report> ValidateAsync(string directory)
    {
        var tool = Path.Combine(RepositoryRoot, "tools", "kubernetes-validation");
        Assert.True(Directory.Exists(Path.Combine(tool, "node_modules", "kubernetes-models")),
            "The validator is not installed: run scripts/prerequisites.sh (npm ci --prefix tools/kubernetes-validation).");
        var start = new ProcessStartInfo("node", ["validate.mjs", directory])
        {
            WorkingDirectory = tool,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(string.IsNullOrWhiteSpace(await error), await error);
        var json = JsonDocument.Parse(await output).RootElement;
        return new Report(
            process.ExitCode,
            [.. json.GetProperty("objects").EnumerateArray().Select(o => (o.GetProperty("kind").GetString()!, o.GetProperty("name").GetString()!))],
            [.. json.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)]);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Portal.sln above " + AppContext.BaseDirectory);
    }

    public sealed record Report(int ExitCode, IReadOnlyList<(string Kind, string Name)> Objects, IReadOnlyList<string> Errors)
    {
        public IEnumerable<string> Named(string kind) => Objects.Where(o => o.Kind == kind).Select(o => o.Name);
    }
}
