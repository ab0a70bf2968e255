using Identity.Api.Model;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>
/// The audit log's details of support access and of "view as": what was asked for or granted, in both languages.
/// Reasons are what people typed and ids are ids: both stay as they are.
/// </summary>
public static class SupportAccessAuditDetails
{
    private const string Time = "yyyy-MM-dd HH:mm:ss";

    private static readonly LocalizedText FullAccess = new("full access", "voller Zugriff");
    private static readonly LocalizedText ReadOnly = new("read-only", "nur lesen");
    private static readonly LocalizedText RequestText = new("{0}, {1} min: {2}", "{0}, {1} Min.: {2}");
    private static readonly LocalizedText RequestedByText = new("{0}; requested by {1}", "{0}; angefragt von {1}");
    private static readonly LocalizedText ApprovedText = new("{0}; until {1:" + Time + "}Z; requested by {2}", "{0}; bis {1:" + Time + "}Z; angefragt von {2}");
    private static readonly LocalizedText RefusedText = new("{0}; requested by {1}; because: {2}", "{0}; angefragt von {1}; Grund: {2}");
    private static readonly LocalizedText ViewAsText = new("{0}, until {1:" + Time + "}Z", "{0}, bis {1:" + Time + "}Z");
    private static readonly LocalizedText ViewAsApprovedText = new("{0}, until {1:" + Time + "}Z, support access {2}", "{0}, bis {1:" + Time + "}Z, Supportzugriff {2}");

    public static LocalizedText Access(bool fullAccess) => fullAccess ? FullAccess : ReadOnly;

    /// <summary>The request as asked for: its access, its length and its reason.</summary>
    public static LocalizedText Request(SupportAccessRequest request) =>
        RequestText.Format(Access(request.FullAccess), request.DurationMinutes, request.Reason);

    /// <summary>The request ended or withdrawn, and who asked for it.</summary>
    public static LocalizedText RequestedBy(SupportAccessRequest request) => RequestedByText.Format(Request(request), request.RequestedByUserId);

    public static LocalizedText Approved(SupportAccessRequest request) =>
        ApprovedText.Format(Request(request), request.ApprovedUntil?.UtcDateTime, request.RequestedByUserId);

    public static LocalizedText Refused(SupportAccessRequest request) => request.RefusalReason is null
        ? RequestedBy(request)
        : RefusedText.Format(Request(request), request.RequestedByUserId, request.RefusalReason);

    /// <summary>A "view as" started: its access, its end and the approved request it rests on, if any.</summary>
    public static LocalizedText ViewAs(bool fullAccess, DateTimeOffset expiresAt, SupportAccessRequest? approval) => approval is null
        ? ViewAsText.Format(Access(fullAccess), expiresAt.UtcDateTime)
        : ViewAsApprovedText.Format(Access(fullAccess), expiresAt.UtcDateTime, approval.Id);
}
