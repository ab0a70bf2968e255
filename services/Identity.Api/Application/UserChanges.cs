using Identity.Api.Application.PeopleImports;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>What a change of role or scope (PATCH users) puts into the audit log: only what really changed.</summary>
public static class UserChanges
{
    /// <summary>A person's role and scope as the log shows them: portal areas by name, other things by id.</summary>
    public sealed record State(
        string Role, Guid? CustomRoleId, LocalizedText PortalAreas, LocalizedText ObjectIds, LocalizedText AccessibleAccounts, LocalizedText DepartmentIds);

    private static readonly LocalizedText PortalAreasName = new("portal areas", "Portalbereiche");
    private static readonly LocalizedText ObjectsName = new("objects", "Objekte");
    private static readonly LocalizedText AccessibleAccountsName = new("accessible accounts", "zugängliche Kunden");
    private static readonly LocalizedText DepartmentsName = new("departments", "Niederlassungen");
    // Only the words filled in differ between the languages, not the form.
    private const string ChangeForm = "{0}: [{1}] -> [{2}]";

    public static State Snapshot(User user) => new(
        user.Role,
        user.CustomRoleId,
        new(AreaNames(user.PortalAreas, PortalLanguage.English), AreaNames(user.PortalAreas, PortalLanguage.German)),
        Ids(user.ObjectIds),
        user.AllCustomers ? PeopleVocabulary.AllWord : Ids(user.CustomerIds),
        Ids(user.DepartmentIds));

    public static void Audit(AuditLog audit, IdentityDbContext db, State before, User user, Guid actorUserId, Guid? impersonatorUserId)
    {
        var after = Snapshot(user);
        if (before.Role != after.Role || before.CustomRoleId != after.CustomRoleId)
        {
            audit.Add(db, AuditActions.RoleChanged, user.OrganizationId, actorUserId, user.Id,
                UserAuditDetails.RoleChanged(before.Role, after.Role), impersonatorUserId);
        }

        var scope = new List<LocalizedText>();
        Compare(scope, PortalAreasName, before.PortalAreas, after.PortalAreas);
        Compare(scope, ObjectsName, before.ObjectIds, after.ObjectIds);
        Compare(scope, AccessibleAccountsName, before.AccessibleAccounts, after.AccessibleAccounts);
        Compare(scope, DepartmentsName, before.DepartmentIds, after.DepartmentIds);
        if (scope.Count > 0)
        {
            audit.Add(db, AuditActions.ScopeChanged, user.OrganizationId, actorUserId, user.Id, LocalizedText.Join("; ", scope), impersonatorUserId);
        }
    }

    private static void Compare(List<LocalizedText> changes, LocalizedText what, LocalizedText before, LocalizedText after)
    {
        if (before != after)
        {
            changes.Add(LocalizedText.Verbatim(ChangeForm).Format(what, before, after));
        }
    }

    private static string AreaNames(IEnumerable<string> areas, string language) =>
        string.Join(", ", areas.Order(StringComparer.Ordinal).Select(area => PeopleVocabulary.AreaName(area, language)));

    private static LocalizedText Ids<T>(IEnumerable<T> values) =>
        LocalizedText.Verbatim(string.Join(", ", values.Select(v => v!.ToString()).Order(StringComparer.Ordinal)));
}
