namespace Portal.AppHost.Hosting;

/// <summary>
/// A failure of the application as a whole (a resource failed to start, a prerequisite is missing).
/// The message is written for the person at the console: it names the resource and what to do.
/// </summary>
public sealed class DistributedApplicationException : Exception
{
    public DistributedApplicationException()
    {
    }

    public DistributedApplicationException(string message)
        : base(message)
    {
    }

    public DistributedApplicationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
