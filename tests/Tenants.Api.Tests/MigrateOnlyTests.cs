using System.Diagnostics;
using Npgsql;
using Portal.Contracts;
using Tenants.Api.Tests.Infrastructure;

namespace Tenants.Api.Tests;

/// <summary>
/// The Kubernetes migration Job (deploy/kubernetes/migrations.yaml) runs a service's image with
/// <c>Database__MigrateOnly=true</c>: the process must migrate an empty database, seed it, and exit 0 on its own,
/// or the Job never completes and the rollout waits forever.
/// </summary>
[Collection(TenantsCollection.Name)]
public sealed class MigrateOnlyTests(TenantsApp app)
{
    [Fact]
    public async Task WithMigrateOnlyTheServiceMigratesAnEmptyDatabaseAndExits()
    {
        var database = $"tenants_migrate_{Guid.NewGuid():N}"[..30];
        await using (var server = new NpgsqlConnection(app.DatabaseConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", server);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(app.DatabaseConnectionString) { Database = database }.ConnectionString;
        var start = new ProcessStartInfo("dotnet", [ServiceAssembly()]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["Database__MigrateOnly"] = "true";
        start.Environment[$"ConnectionStrings__{ResourceNames.TenantsDb}"] = connectionString;
        start.Environment[$"ConnectionStrings__{ResourceNames.EventBus}"] = app.EventBusConnectionString;
        start.Environment["Identity__TestSigningKey"] = TestTokens.SigningKey;
        start.Environment["Portal__PublicUrl"] = TestTokens.PublicUrl;
        start.Environment["Bootstrap__ProviderId"] = Guid.NewGuid().ToString();
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["OTEL_SDK_DISABLED"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{await output}\n{await errors}");
        await using var migrated = new NpgsqlConnection(connectionString);
        await migrated.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"__EFMigrationsHistory\"", migrated);
        Assert.True((long)(await count.ExecuteScalarAsync())! > 0);
        await using var provider = new NpgsqlCommand("SELECT count(*) FROM organizations", migrated);
        Assert.Equal(1L, (long)(await provider.ExecuteScalarAsync())!);
    }

    // The service as built next to these tests (same configuration), run as the Job's container runs it.
    private static string ServiceAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var project = Path.GetDirectoryName(new Projects.Tenants_Api().ProjectPath)!;
        var assembly = Path.Combine(project, "bin", configuration, "net10.0", "Tenants.Api.dll");
        Assert.True(File.Exists(assembly), $"{assembly} is not built");
        return assembly;
    }
}
