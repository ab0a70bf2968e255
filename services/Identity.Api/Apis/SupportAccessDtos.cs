using Portal.ServiceDefaults.OpenApi;

namespace Identity.Api.Apis;

/// <summary>
/// Provider staff ask a customer for support access. <c>userId</c> names the customer user to view the portal as;
/// without it the approving administrator names one (or is the one).
/// </summary>
[OpenApiExample("""
    { "customerId": "0b6f5c1e-8f38-4d55-9d59-2f4e4a1c7a10", "reason": "Ticket 4711: the dashboard shows no devices for the Hamburg site",
      "durationMinutes": 60, "fullAccess": false }
    """)]
public sealed record CreateSupportAccessRequest(Guid? CustomerId, Guid? UserId, string? Reason, int? DurationMinutes, bool? FullAccess);

/// <summary>The customer's administrator approves; <c>userId</c> names the user to be viewed as, if the request did not.</summary>
public sealed record ApproveSupportAccessRequest(Guid? UserId);

public sealed record RefuseSupportAccessRequest(string? Reason);

public sealed record SupportAccessPersonResponse(Guid Id, string? Name);

public sealed record SupportAccessResponse(
    Guid Id,
    Guid CustomerId,
    string CustomerName,
    SupportAccessPersonResponse RequestedBy,
    SupportAccessPersonResponse? ViewAs,
    string Reason,
    int DurationMinutes,
    bool FullAccess,
    string Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? DecidedAt,
    SupportAccessPersonResponse? DecidedBy,
    string? RefusalReason,
    DateTimeOffset? ApprovedUntil,
    DateTimeOffset? EndedAt,
    SupportAccessPersonResponse? EndedBy);

public sealed record SupportAccessPageResponse(IReadOnlyList<SupportAccessResponse> Items, int Page, int PageSize, int TotalCount);
