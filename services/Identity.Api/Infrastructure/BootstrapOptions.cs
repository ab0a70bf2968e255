namespace Identity.Api.Infrastructure;

/// <summary>Configuration section <c>Bootstrap</c>: the provider's first administrator, created at the first start.</summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    /// <summary>The provider organization (the tenants service creates it with the same id).</summary>
    public Guid? ProviderId { get; set; }
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}
