namespace Assets.Api.Model;

public sealed class TicketComment
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; init; }
    public Guid TicketId { get; init; }
    public Guid AuthorId { get; init; }

    /// <summary>provider or customer: the portal shows whose side wrote it.</summary>
    public required string AuthorOrganizationKind { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
