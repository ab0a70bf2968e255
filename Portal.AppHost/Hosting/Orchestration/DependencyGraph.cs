namespace Portal.AppHost.Hosting;

/// <summary>Rejects declarations whose waits and references go round in a circle (they could never start).</summary>
internal static class DependencyGraph
{
    public static void ThrowOnCycle(IReadOnlyList<Resource> resources)
    {
        var done = new HashSet<IResource>();
        var path = new List<IResource>();
        foreach (var resource in resources)
        {
            Visit(resource, done, path);
        }
    }

    private static void Visit(IResource resource, HashSet<IResource> done, List<IResource> path)
    {
        if (done.Contains(resource))
        {
            return;
        }

        if (path.Contains(resource))
        {
            var cycle = path.SkipWhile(r => r != resource).Append(resource).Select(r => r.Name);
            throw new ArgumentException($"The resources depend on each other in a circle: {string.Join(" -> ", cycle)}.");
        }

        path.Add(resource);
        foreach (var dependency in resource is Resource r ? r.Dependencies : [])
        {
            Visit(dependency, done, path);
        }

        path.RemoveAt(path.Count - 1);
        done.Add(resource);
    }
}
