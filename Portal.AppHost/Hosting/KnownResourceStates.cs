namespace Portal.AppHost.Hosting;

/// <summary>The resource states, named as Aspire names them so that tests and dashboards read the same words.</summary>
public static class KnownResourceStates
{
    public const string NotStarted = "NotStarted";
    public const string Waiting = "Waiting";
    public const string Starting = "Starting";
    public const string Running = "Running";
    public const string RuntimeUnhealthy = "RuntimeUnhealthy";
    public const string Exited = "Exited";
    public const string FailedToStart = "FailedToStart";
    public const string Finished = "Finished";
    public const string Stopping = "Stopping";
}
