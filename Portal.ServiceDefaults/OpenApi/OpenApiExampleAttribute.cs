namespace Portal.ServiceDefaults.OpenApi;

/// <summary>
/// A body a client can send as it is, shown in the document and prefilled on the reference page's "Test Request":
/// for requests whose fields only make sense together (a ticket about a device, a customer with a slug). JSON text,
/// parsed when the document is built (a typo fails the document, not a reader).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OpenApiExampleAttribute(string json) : Attribute
{
    public string Json { get; } = json;
}
