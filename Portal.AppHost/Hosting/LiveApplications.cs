namespace Portal.AppHost.Hosting;

/// <summary>
/// The started applications of this process, stopped when the process exits or dies of an unhandled
/// exception without having disposed them (a test host ending, a bug). SIGKILL is the watchdog's job.
/// </summary>
internal static class LiveApplications
{
    private static readonly List<DistributedApplication> Applications = [];
    private static bool _hooked;

    public static void Add(DistributedApplication application)
    {
        lock (Applications)
        {
            if (!_hooked)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
                AppDomain.CurrentDomain.UnhandledException += (_, _) => StopAll();
                _hooked = true;
            }

            if (!Applications.Contains(application))
            {
                Applications.Add(application);
            }
        }
    }

    public static void Remove(DistributedApplication application)
    {
        lock (Applications)
        {
            Applications.Remove(application);
        }
    }

    private static void StopAll()
    {
        List<DistributedApplication> applications;
        lock (Applications)
        {
            applications = [.. Applications];
        }

        Parallel.ForEach(applications, application => application.StopBeforeProcessEnds());
    }
}
