namespace Identity.Api.Model;

/// <summary>
/// A key of the OpenID Connect server, persisted so that tokens survive restarts and every instance
/// signs with the same key. The material is protected with ASP.NET Core data protection.
/// </summary>
public sealed class ServerKey
{
    public const string Signing = "signing";
    public const string Encryption = "encryption";

    public Guid Id { get; init; }
    public required string Use { get; init; }
    public required string ProtectedMaterial { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
