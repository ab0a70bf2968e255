namespace Tenants.Api.Model;

/// <summary>A branch of the provider ("Niederlassung" / "Mandant").</summary>
public sealed class Department
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; }
    public Guid ProviderId { get; init; }
    public required string Name { get; set; }

    /// <summary>Upper-cased name: department names are unique per provider regardless of case.</summary>
    public required string NormalizedName { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ArchivedAt { get; set; }

    public static string Normalize(string name) => name.Trim().ToUpperInvariant();
}
