namespace Portal.AppHost.Hosting;

/// <summary>Anything the AppHost runs or creates: a server, a database, a project.</summary>
public interface IResource
{
    string Name { get; }
}
