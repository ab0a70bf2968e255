using System.Security.Claims;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Security;

namespace Portal.Web.Components.Shared;

public static class StartPage
{
    public static string For(ClaimsPrincipal user) =>
        user.IsProviderStaff() ? "/backoffice/customers"
        : user.HasPermission(Permissions.DashboardView) ? "/dashboard"
        : user.HasPermission(Permissions.DevicesRead) ? "/devices"
        : "/tickets";
}
