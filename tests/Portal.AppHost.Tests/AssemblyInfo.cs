using System.Runtime.Versioning;

// The tests look at processes through /proc, as the AppHost itself does.
[assembly: SupportedOSPlatform("linux")]

// Tests count the descendants of the test process: two applications at once would see each other's.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
