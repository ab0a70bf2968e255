namespace Portal.AppHost.Hosting;

/// <summary>Reads the AppHost's command line into <see cref="AppHostOptions"/>.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: dotnet run --project Portal.AppHost [-- options]
          --fresh               wipe the data directory first
          --data-dir <path>     data directory (default: .portal/ at the repository root)
          --random-ports        pick free ports instead of the fixed development ports
          --verbose             echo every resource's console output, prefixed with its name
          --environment <name>  ASPNETCORE_ENVIRONMENT of the projects (default: Development)
          --no-dashboard        no ops dashboard and no OTLP receiver (projects export nowhere)
        """;

    /// <summary>Applies <paramref name="args"/> to <paramref name="options"/>; throws ArgumentException on a mistake.</summary>
    public static void Apply(AppHostOptions options, string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--fresh":
                    options.Fresh = true;
                    break;
                case "--random-ports":
                    options.UseRandomPorts = true;
                    break;
                case "--no-dashboard":
                    options.Dashboard.Enabled = false;
                    options.OtlpEndpoint = null;
                    break;
                case "--verbose":
                    options.Verbose = true;
                    break;
                case "--data-dir":
                    options.DataDirectory = Path.GetFullPath(Value(args, ref i));
                    break;
                case "--environment":
                    options.EnvironmentName = Value(args, ref i);
                    break;
                case "--only":
                    options.Only = Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Option '{args[i]}' needs a value.");
        }

        return args[++i];
    }
}
