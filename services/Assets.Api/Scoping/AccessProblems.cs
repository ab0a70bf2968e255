using Assets.Api.Apis.Common;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Assets.Api.Scoping;

/// <summary>Why <see cref="AccessFilter"/> refuses a request (403).</summary>
public static class AccessProblems
{
    public static readonly ProblemMessage NoAccess = Forbidden(
        "account_without_access", "This account has no access.", "Dieses Konto hat keinen Zugriff.");

    public static readonly ProblemMessage StaffOnly = Forbidden(
        "provider_staff_only", "Only the provider's staff may do this.", "Das dürfen nur Mitarbeiter des Dienstleisters.");

    /// <summary>{0}: the permission, as the portal names it (tickets.manage).</summary>
    public static readonly ProblemMessage PermissionMissing = Forbidden(
        "permission_missing", "This needs the permission '{0}'.", "Dafür brauchen Sie die Berechtigung „{0}“.");

    /// <summary>{0}: the portal area, as the portal names it.</summary>
    public static readonly ProblemMessage PortalAreaClosed = Forbidden(
        "portal_area_closed", "The portal area '{0}' is not open to this user.", "Der Portalbereich „{0}“ ist für diesen Benutzer nicht freigegeben.");

    private static ProblemMessage Forbidden(string code, string english, string german) =>
        new(code, AssetsProblems.ForbiddenTitle, new LocalizedText(english, german));
}
