namespace Tenants.Api.Infrastructure;

/// <summary>Configuration section <c>Bootstrap</c>: what the first start creates.</summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    public string ProviderName { get; set; } = "Portal Provider";

    /// <summary>Optional fixed id, so that identity's first administrator can belong to the provider from the start.</summary>
    public Guid? ProviderId { get; set; }
}
