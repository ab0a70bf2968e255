using System.Runtime.Versioning;

// The AppHost drives Linux processes (setsid, setpriv, /proc, signals to process groups).
[assembly: SupportedOSPlatform("linux")]
