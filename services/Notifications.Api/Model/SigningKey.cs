namespace Notifications.Api.Model;

/// <summary>
/// A secret generated once and shared by every instance through the database (e.g. the key that signs
/// unsubscribe links), used when configuration does not provide one.
/// </summary>
public sealed class SigningKey
{
    public required string Name { get; set; }
    public required byte[] Key { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
