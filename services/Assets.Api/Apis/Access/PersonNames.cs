using Assets.Api.Model;
using Assets.Api.Scoping;
using Portal.Contracts.Security;

namespace Assets.Api.Apis.Access;

internal static class PersonNames
{
    public static AccessPersonResponse Of(UserScope person, CallerScope caller)
    {
        var name = $"{person.FirstName} {person.LastName}".Trim();
        // A customer sees which of the provider's staff can see its records by name and role, not their addresses.
        var email = !caller.IsProviderStaff && person.OrganizationKind == OrganizationKinds.Provider ? null : person.Email;
        return new(person.UserId, name.Length == 0 ? null : name, email, person.OrganizationId, person.OrganizationKind, person.Role);
    }

    public static string SortKey(UserScope person) => $"{person.LastName} {person.FirstName} {person.Email}".Trim();
}
