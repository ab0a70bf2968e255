using Identity.Api.Model;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>
/// A role's name in each language, for texts identity writes itself (the audit log's details, the people file).
/// The same words as the web's <c>Role.*</c> resources, so identity names a role as the page that grants it does.
/// </summary>
public static class RoleNames
{
    private static readonly Dictionary<string, LocalizedText> Names = new()
    {
        // Administrator is the provider's and the customer's: the same word in both.
        [Roles.Administrator] = new("Administrator", "Administrator"),
        [Roles.DepartmentAdministrator] = new("Department administrator", "Niederlassungsadministrator"),
        [Roles.ContentCreator] = new("Content creator", "Inhaltsersteller"),
        [Roles.Custom] = new("Custom", "Benutzerdefiniert"),
        [Roles.Member] = new("Member", "Mitglied"),
        [Roles.Moderator] = new("Moderator", "Moderator"),
    };

    /// <summary>A role this version does not know keeps its name as stored.</summary>
    public static LocalizedText Of(string role) => Names.GetValueOrDefault(role) ?? LocalizedText.Verbatim(role);
}
