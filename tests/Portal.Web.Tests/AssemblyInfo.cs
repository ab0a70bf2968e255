using System.Runtime.Versioning;

// The AppHost drives Linux processes (setsid, /proc, signals); so do these tests.
[assembly: SupportedOSPlatform("linux")]
