using Identity.Api.Apis;
using Identity.Api.Model;
using Portal.Contracts.Security;

namespace Identity.Api.Application;

public static class UserStateReader
{
    public static string StateOf(User user, bool hasPendingInvitation) =>
        !user.IsActive ? UserStates.Deactivated
        : user.HasAccess ? UserStates.Active
        : hasPendingInvitation ? UserStates.Invited
        : UserStates.NoAccess;

    public static UserResponse ToResponse(User user, string organizationKind, bool hasPendingInvitation) => new(
        user.Id,
        user.OrganizationId,
        user.Email!,
        user.UserName!,
        user.FirstName,
        user.LastName,
        user.Language,
        user.Role,
        user.CustomRoleId,
        StateOf(user, hasPendingInvitation),
        user.PortalAreas,
        user.ObjectIds,
        organizationKind == OrganizationKinds.Provider ? new AccessibleAccounts(user.AllCustomers, user.CustomerIds) : null,
        user.DepartmentIds,
        [.. (user.PasswordHash is null ? [] : new[] { LoginTypes.Password }), .. user.ExternalLogins],
        // Business e-mails are about customers' devices, tickets and video sessions: staff get none.
        organizationKind == OrganizationKinds.Provider ? [] : user.EmailCategories);
}
