using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Portal.AppHost.Hosting;

/// <summary>
/// PostgreSQL 15 from the Debian package: initdb on first start, then the postmaster in the foreground.
/// As root it runs as the 'postgres' user (it refuses root), through setpriv, which execs in place so
/// that signals reach the postmaster. Stop is SIGINT, PostgreSQL's fast shutdown.
/// </summary>
internal sealed class PostgresRunner(PostgresServerResource resource, RunnerContext context) : ResourceRunner(context)
{
    private const string SystemUser = "postgres";

    private string DataPath => Path.Combine(Context.DataDirectory, resource.Name);

    private string PasswordKey => $"{resource.Name}:password";

    public override void Prepare(SecretStore secrets)
    {
        if (!secrets.Contains(PasswordKey) && File.Exists(Path.Combine(DataPath, "PG_VERSION")))
        {
            throw new DistributedApplicationException(
                $"{DataPath} holds a database whose password is not in secrets.json. Start with --fresh to create it anew.");
        }

        resource.Password = secrets.GetOrCreate(PasswordKey);
    }

    public override async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var owner = Posix.IsRoot ? Posix.GetUser(SystemUser) : null;
        if (!File.Exists(Path.Combine(DataPath, "PG_VERSION")))
        {
            await InitializeAsync(owner, cancellationToken);
        }

        var socketDirectory = SocketDirectory(owner);
        List<string> arguments =
        [
            "-D", DataPath, "-p", $"{resource.Endpoint.Port}", "-k", socketDirectory,
            "-c", "listen_addresses=127.0.0.1",
        ];
        if (Context.Options.IsTemporary)
        {
            // Test data is thrown away: durability only costs time there.
            arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        MainProcess = StartProcess(Spec(resource.Name, "postgres", arguments));
    }

    public override async Task<HealthStatus?> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection($"{resource.BuildConnectionString("postgres")};Pooling=false;Timeout=3");
            await connection.OpenAsync(cancellationToken);
            return HealthStatus.Healthy;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return null;
        }
    }

    private async Task InitializeAsync((uint Uid, uint Gid)? owner, CancellationToken cancellationToken)
    {
        // A directory without PG_VERSION is what a failed initdb left behind: start over.
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }

        Directory.CreateDirectory(DataPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var passwordFile = Path.Combine(Context.RunDirectory, $"{resource.Name}.pwfile");
        await File.WriteAllTextAsync(passwordFile, resource.Password, cancellationToken);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            if (owner is { } user)
            {
                Posix.ChangeOwner(DataPath, user.Uid, user.Gid);
                Posix.ChangeOwner(passwordFile, user.Uid, user.Gid);
            }

            var exitCode = await RunToCompletionAsync(
                Spec($"{resource.Name}-initdb", "initdb",
                    ["-D", DataPath, "-U", resource.UserName, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8"]),
                cancellationToken);
            if (exitCode != 0)
            {
                throw new DistributedApplicationException($"initdb failed with exit code {exitCode}.");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    // The Unix socket path (<dir>/.s.PGSQL.<port>) must stay under 108 bytes; a long data path gets /tmp.
    private string SocketDirectory((uint Uid, uint Gid)? owner)
    {
        if (DataPath.Length <= 80)
        {
            return DataPath;
        }

        var directory = Path.Combine(Path.GetTempPath(), $"portal-pg-{resource.Endpoint.Port}");
        Directory.CreateDirectory(directory);
        if (owner is { } user)
        {
            Posix.ChangeOwner(directory, user.Uid, user.Gid);
        }

        return directory;
    }

    private ChildProcessSpec Spec(string id, string program, IReadOnlyList<string> arguments) => new()
    {
        Id = id,
        FileName = Path.Combine(Prerequisites.PostgresBinDirectory, program),
        Arguments = arguments,
        WorkingDirectory = DataPath,
        RunAsUser = SystemUser,
        StopSignal = Posix.SigInt,
        // A locale that always exists, whatever LANG the AppHost was started with.
        Environment = new Dictionary<string, string?> { ["LC_ALL"] = "C.UTF-8", ["LANG"] = null, ["LANGUAGE"] = null },
        Output = Context.Output,
    };
}
