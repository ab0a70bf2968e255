using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>The audit log's details of people created, invited, imported and changed, in both languages.</summary>
public static class UserAuditDetails
{
    private static readonly LocalizedText RoleText = new("role {0}", "Rolle {0}");
    private static readonly LocalizedText CreatedText = new("role {0}, {1}", "Rolle {0}, {1}");
    private static readonly LocalizedText Invited = new("invited", "eingeladen");
    private static readonly LocalizedText WithoutAccess = new("without access", "ohne Zugang");
    private static readonly LocalizedText RoleChangedText = new("role {0} -> {1}", "Rolle {0} -> {1}");
    private static readonly LocalizedText FromFileText = new("{0}, from {1}", "{0}, aus {1}");
    private static readonly LocalizedText ImportedText = new(
        "{0}: {1} created, {2} updated, {3} unchanged, {4} refused", "{0}: {1} angelegt, {2} aktualisiert, {3} unverändert, {4} abgelehnt");

    public static LocalizedText Role(string role) => RoleText.Format(RoleNames.Of(role));

    public static LocalizedText Created(string role, bool invited) => CreatedText.Format(RoleNames.Of(role), invited ? Invited : WithoutAccess);

    public static LocalizedText RoleChanged(string before, string after) => RoleChangedText.Format(RoleNames.Of(before), RoleNames.Of(after));

    /// <summary>A detail of a person's row in a people file; the file's name as its uploader gave it.</summary>
    public static LocalizedText FromFile(LocalizedText detail, string fileName) => FromFileText.Format(detail, fileName);

    public static LocalizedText Imported(string fileName, int created, int updated, int unchanged, int refused) =>
        ImportedText.Format(fileName, created, updated, unchanged, refused);
}
