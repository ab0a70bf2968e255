namespace Portal.AppHost.Hosting;

/// <summary>
/// The machine's programs the resources need. Missing ones are reported together, in one message that
/// says what to install, before anything is started.
/// </summary>
internal static class Prerequisites
{
    public const string PostgresBinDirectory = "/usr/lib/postgresql/15/bin";
    public const string RabbitMQServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string AptInstall = "apt-get install -y postgresql rabbitmq-server nodejs";
    public const string NpmInstall = "npm ci --prefix tools/maildev";

    public static string MailDevScript(string? repositoryRoot) =>
        Path.Combine(repositoryRoot ?? Directory.GetCurrentDirectory(), "tools/maildev/node_modules/maildev/dist/bin/maildev.js");

    public static void Check(IEnumerable<Resource> resources, string? repositoryRoot)
    {
        var types = resources.Select(r => r.GetType()).ToHashSet();
        var missing = new List<string>();
        var needsNpm = false;
        Require(missing, "setsid", "util-linux");
        if (types.Contains(typeof(PostgresServerResource)))
        {
            RequireFile(missing, Path.Combine(PostgresBinDirectory, "postgres"), "postgresql");
            RequireFile(missing, Path.Combine(PostgresBinDirectory, "initdb"), "postgresql");
            if (Posix.IsRoot)
            {
                Require(missing, "setpriv", "util-linux");
                if (Posix.GetUser("postgres") is null)
                {
                    missing.Add("the 'postgres' user (package postgresql)");
                }
            }
        }

        if (types.Contains(typeof(RabbitMQServerResource)))
        {
            RequireFile(missing, RabbitMQServer, "rabbitmq-server");
            Require(missing, "epmd", "erlang-base, installed with rabbitmq-server");
        }

        if (types.Contains(typeof(MailDevResource)))
        {
            Require(missing, "node", "nodejs");
            if (!File.Exists(MailDevScript(repositoryRoot)))
            {
                missing.Add($"the maildev package ({MailDevScript(repositoryRoot)})");
                needsNpm = true;
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        var message = "Missing prerequisites:\n" + string.Join("\n", missing.Select(m => $"  - {m}"))
            + $"\nInstall them with: {AptInstall}"
            + (needsNpm ? $"\nand, at the repository root: {NpmInstall}" : string.Empty);
        throw new DistributedApplicationException(message);
    }

    private static void Require(List<string> missing, string program, string package)
    {
        if (Executables.Find(program) is null)
        {
            missing.Add($"{program} (package {package})");
        }
    }

    private static void RequireFile(List<string> missing, string path, string package)
    {
        if (!File.Exists(path))
        {
            missing.Add($"{path} (package {package})");
        }
    }
}
