using System.Globalization;

namespace Portal.Benchmarking;

/// <summary>
/// The options after <c>dotnet run ... --</c>, as <c>--name value</c> pairs and <c>--flag</c>s. Read them in
/// <see cref="Read{T}"/>: a value that is not a number in range, or an option the benchmark never asked for
/// (a typo such as <c>--second</c>), stops the run before anything starts instead of measuring the defaults.
/// </summary>
public sealed class CommandLine
{
    private readonly string[] _args;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    private CommandLine(string[] args) => _args = args;

    /// <summary>What <paramref name="read"/> makes of the options, or null after printing why they are wrong.</summary>
    public static T? Read<T>(string[] args, Func<CommandLine, T> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        var line = new CommandLine(args);
        try
        {
            var options = read(line);
            line.RefuseUnknown();
            return options;
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return null;
        }
    }

    /// <summary><c>--out PATH</c>: the page to write, by default <paramref name="defaultPath"/> under the repository root.</summary>
    public string Output(string defaultPath) =>
        Path.GetFullPath(Text("--out") ?? Path.Combine(RepositoryRoot.Find(), defaultPath));

    /// <summary><c>--seconds N</c>: how long each timed phase runs.</summary>
    public TimeSpan Seconds(int fallback, int max = 3600) => TimeSpan.FromSeconds(Number("--seconds", fallback, 1, max));

    public int Number(string name, int fallback, int min = 1, int max = int.MaxValue)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"{name} must be a whole number from {min} to {max}, not '{text}'.");
    }

    /// <summary><c>--name 1,2,3</c>: whole numbers separated by commas, each from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public IReadOnlyList<int> Numbers(string name, IReadOnlyList<int> fallback, int min = 1, int max = int.MaxValue)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        var numbers = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            numbers.Add(int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                ? value
                : throw new UsageException($"{name} takes whole numbers from {min} to {max} separated by commas, not '{part}'."));
        }

        return numbers.Count > 0 ? numbers : throw new UsageException($"{name} needs at least one number.");
    }

    public string? Text(string name)
    {
        _asked.Add(name);
        var index = Array.IndexOf(_args, name);
        if (index < 0)
        {
            return null;
        }

        return index + 1 < _args.Length && !_args[index + 1].StartsWith("--", StringComparison.Ordinal)
            ? _args[index + 1]
            : throw new UsageException($"{name} needs a value.");
    }

    public bool Flag(string name)
    {
        _asked.Add(name);
        return _args.Contains(name);
    }

    private void RefuseUnknown()
    {
        var unknown = _args.Where(arg => arg.StartsWith("--", StringComparison.Ordinal) && !_asked.Contains(arg)).ToArray();
        if (unknown.Length > 0)
        {
            throw new UsageException($"Unknown option {string.Join(", ", unknown)}; this benchmark reads {string.Join(", ", _asked.Order(StringComparer.Ordinal))}.");
        }
    }

    private sealed class UsageException(string message) : Exception(message);
}
