namespace Portal.Hosting;

/// <summary>
/// The programs the executables need, from Debian's packages and tools/maildev. A missing one fails the
/// declaration with what to install, instead of a resource that dies with "no such file".
/// </summary>
internal static class DebianPackages
{
    public const string PostgresBin = "/usr/lib/postgresql/15/bin";
    public const string RabbitMQServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string Epmd = "/usr/bin/epmd";
    private const string Install = "Run ./scripts/prerequisites.sh (it installs what is missing).";

    public static string Require(string path, string package)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing (package {package}). {Install}");
        }

        return path;
    }

    public static string Node() =>
        Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, "node")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"node is missing (package nodejs). {Install}");
}
