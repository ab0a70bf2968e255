namespace Portal.Contracts.Identity;

/// <summary>
/// Provider staff asked a customer for support access: the customer's administrators are told by mail and in their
/// feed, in their language, with the link to answer it in their portal.
/// </summary>
public sealed record SupportAccessRequested(
    Guid RequestId,
    Guid CustomerId,
    string RequestedBy,
    string ProviderName,
    string Reason,
    int DurationMinutes,
    bool FullAccess,
    string AnswerUrl,
    DateTimeOffset RequestedAt) : IIntegrationEvent;
