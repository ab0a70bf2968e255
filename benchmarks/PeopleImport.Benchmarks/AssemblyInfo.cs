using System.Runtime.Versioning;

// The AppHost's test entry point drives Linux processes (setsid, /proc, signals).
[assembly: SupportedOSPlatform("linux")]
