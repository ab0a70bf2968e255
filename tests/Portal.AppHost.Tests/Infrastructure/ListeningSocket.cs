using System.Net;

namespace Portal.AppHost.Tests.Infrastructure;

public sealed record ListeningSocket(IPAddress Address, int Port, int Pid);
