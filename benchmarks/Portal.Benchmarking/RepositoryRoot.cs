namespace Portal.Benchmarking;

public static class RepositoryRoot
{
    /// <summary>
    /// The folder holding Portal.sln, found upwards from the benchmark's build output: the pages go to
    /// docs/benchmarks whichever folder <c>dotnet run</c> was started in.
    /// </summary>
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
