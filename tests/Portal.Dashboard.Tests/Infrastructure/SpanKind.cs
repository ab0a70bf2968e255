namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>The span kinds as OTLP JSON numbers them.</summary>
public enum SpanKind
{
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5,
}
