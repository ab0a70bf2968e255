using System.Runtime.Versioning;

// The AppHost drives Linux processes (setsid, /proc, signals).
[assembly: SupportedOSPlatform("linux")]
