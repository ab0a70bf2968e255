namespace Portal.AppHost.Hosting;

/// <summary>The <c>dotnet</c> host that launches projects: the one running the AppHost when possible.</summary>
internal static class DotnetHost
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var current = Environment.ProcessPath;
        if (current is not null && System.IO.Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        // Set by the SDK for dotnet run / dotnet test.
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return fromSdk is not null && File.Exists(fromSdk) ? fromSdk : Executables.Find("dotnet") ?? "dotnet";
    }
}
