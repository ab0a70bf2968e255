namespace Portal.AppHost.Hosting;

/// <summary>Finds the repository root (the folder with Portal.sln) for .portal/ and tools/maildev.</summary>
internal static class RepositoryLocator
{
    public static string? FindRoot()
    {
        // The build output lies inside the repository, wherever the process was started from.
        return FindUpwards(AppContext.BaseDirectory) ?? FindUpwards(Directory.GetCurrentDirectory());
    }

    private static string? FindUpwards(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
