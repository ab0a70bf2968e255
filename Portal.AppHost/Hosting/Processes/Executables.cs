namespace Portal.AppHost.Hosting;

/// <summary>Finds programs on PATH (and the usual system folders, which a minimal PATH may lack).</summary>
internal static class Executables
{
    public static string? Find(string name)
    {
        if (Path.IsPathRooted(name))
        {
            return File.Exists(name) ? name : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin"])
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
    }

    public static string Require(string name) =>
        Find(name) ?? throw new DistributedApplicationException($"'{name}' was not found on PATH.");
}
