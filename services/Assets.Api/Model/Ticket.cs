namespace Assets.Api.Model;

/// <summary>A service case about a device or an object; the object is always set (the device's) so scoping is one filter.</summary>
public sealed class Ticket : IScopedAsset
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 8000;

    public Guid Id { get; init; }
    public Guid ProviderId { get; init; }
    public Guid CustomerId { get; init; }
    public Guid ObjectId { get; init; }
    public Guid? DeviceId { get; init; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public required string Priority { get; set; }
    public required string Status { get; set; }
    public Guid? AssigneeId { get; set; }
    public Guid CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>The priority's place in <see cref="TicketPriorities.All"/>, kept by PostgreSQL: sorting by urgency walks an index.</summary>
    public short PriorityRank { get; private set; }

    /// <summary>The status's place in <see cref="TicketStatuses.All"/>, kept by PostgreSQL like <see cref="PriorityRank"/>.</summary>
    public short StatusRank { get; private set; }

    /// <summary>PostgreSQL's xmin: two people moving the same ticket at once cannot both win.</summary>
    public uint Version { get; set; }
}
