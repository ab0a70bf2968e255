namespace Portal.AppHost.Hosting;

/// <summary>What the build knows about a referenced project (generated into the Projects namespace).</summary>
public interface IProjectMetadata
{
    string ProjectPath { get; }

    /// <summary>The assembly the build produced; the AppHost launches it with <c>dotnet</c>.</summary>
    string AssemblyPath { get; }
}
