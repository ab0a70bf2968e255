namespace Portal.ServiceDefaults.Security;

/// <summary>Configuration section <c>Identity</c>: how services validate access tokens.</summary>
public sealed class IdentityOptions
{
    public const string SectionName = "Identity";

    /// <summary>Expected <c>iss</c>; defaults to <c>Portal:PublicUrl</c> (the gateway) with a trailing slash.</summary>
    public string? Issuer { get; set; }

    public string Audience { get; set; } = "portal-api";

    /// <summary>A symmetric key (at least 32 characters) accepted instead of discovery; Development and Testing only.</summary>
    public string? TestSigningKey { get; set; }
}
