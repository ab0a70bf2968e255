using System.Runtime.Versioning;

// The tests look at processes through /proc.
[assembly: SupportedOSPlatform("linux")]

// Tests look for the processes of their own run among all of the machine's: one application at a time keeps
// that unambiguous, and two cores cannot start two stacks at once in time anyway.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
