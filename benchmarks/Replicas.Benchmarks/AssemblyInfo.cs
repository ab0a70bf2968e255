using System.Runtime.Versioning;

// The AppHost's test entry point drives Linux processes.
[assembly: SupportedOSPlatform("linux")]
