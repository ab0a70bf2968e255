using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.AppHost.Hosting;

namespace Portal.AppHost.Dashboard.Api;

/// <summary>The resources of the application, their console output, and start / stop / restart.</summary>
internal static class ResourcesApi
{
    private const int MaxConsoleLines = 2000;
    private static readonly string[] Commands = ["start", "stop", "restart"];

    public static IEndpointRouteBuilder MapResourcesApi(this IEndpointRouteBuilder endpoints, DistributedApplication application)
    {
        var api = endpoints.MapGroup("/api/resources");
        api.MapGet("/", () => GetResources(application));
        api.MapGet("/{name}", (string name) => GetResource(application, name));
        api.MapGet("/{name}/console", (string name, long? after) => GetConsole(application, name, after));
        api.MapPost("/{name}/commands/{command}", (string name, string command, CancellationToken cancellationToken) =>
            RunCommandAsync(application, name, command, cancellationToken));
        return endpoints;
    }

    public static Ok<ResourceDto[]> GetResources(DistributedApplication application) =>
        TypedResults.Ok(application.GetResources().Select(ToDto).ToArray());

    public static Results<Ok<ResourceDto>, NotFound> GetResource(DistributedApplication application, string name) =>
        Find(application, name) is { } snapshot ? TypedResults.Ok(ToDto(snapshot)) : TypedResults.NotFound();

    public static Results<Ok<ConsoleLogsDto>, NotFound, ValidationProblem> GetConsole(DistributedApplication application, string name, long? after)
    {
        if (after < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["after"] = ["Must be 0 or more."] });
        }

        if (Find(application, name) is not { } snapshot)
        {
            return TypedResults.NotFound();
        }

        var from = after ?? 0;
        var lines = snapshot.Logs.GetLines(from).TakeLast(MaxConsoleLines)
            .Select(l => new ConsoleLineDto(l.LineNumber, l.Timestamp, l.Content, l.IsErrorMessage))
            .ToList();
        return TypedResults.Ok(new ConsoleLogsDto(snapshot.Name, from, lines.Count > 0 ? lines[^1].Number : from, lines));
    }

    /// <summary>Returns once the command is done: stopped (processes gone), or started again and on its way.</summary>
    public static async Task<Results<Ok<ResourceDto>, NotFound, ValidationProblem>> RunCommandAsync(
        DistributedApplication application, string name, string command, CancellationToken cancellationToken)
    {
        if (!Commands.Contains(command, StringComparer.Ordinal))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["command"] = [$"Must be one of: {string.Join(", ", Commands)}."] });
        }

        if (Find(application, name) is not { } snapshot)
        {
            return TypedResults.NotFound();
        }

        // Not tied to the request: a command that was asked for runs to its end even if the browser goes away.
        var run = command switch
        {
            "start" => application.StartResourceAsync(snapshot.Name, CancellationToken.None),
            "stop" => application.StopResourceAsync(snapshot.Name, CancellationToken.None),
            _ => application.RestartResourceAsync(snapshot.Name, CancellationToken.None),
        };
        await run.WaitAsync(cancellationToken);
        return TypedResults.Ok(ToDto(Find(application, name)!));
    }

    private static ResourceSnapshot? Find(DistributedApplication application, string name) =>
        application.GetResources().FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    private static ResourceDto ToDto(ResourceSnapshot snapshot) => new(
        snapshot.Name,
        snapshot.Type,
        snapshot.State,
        snapshot.HealthStatus?.ToString(),
        snapshot.StateReason,
        snapshot.StartedAt,
        snapshot.StoppedAt,
        snapshot.ExitCode,
        snapshot.ProcessId,
        [.. snapshot.Urls.Select(u => new ResourceUrlDto(u.Name, u.Url))],
        [.. snapshot.Environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new EnvironmentVariableDto(e.Key, e.Value))],
        snapshot.DependsOn);
}
