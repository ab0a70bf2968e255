namespace Identity.Api.Model;

/// <summary>
/// Identity's copy of a customer's object (a site), from assets' object events: whose it is, so that a
/// customer user is only ever assigned objects of their own company.
/// </summary>
public sealed class CustomerObject
{
    public Guid Id { get; init; }
    public Guid CustomerId { get; set; }

    /// <summary>The object's name, so that an imported file can name objects; null for objects known only from before names were kept.</summary>
    public string? Name { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }
}
