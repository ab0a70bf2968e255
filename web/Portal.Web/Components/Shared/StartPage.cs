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

    /// <summary>Customer users start in the first portal area open to them, so nobody lands on an area they lack.</summary>
    public static async Task<string> ForAsync(ClaimsPrincipal user, PortalAreas areas) =>
        user.IsProviderStaff() ? For(user)
        : await areas.OpenToAsync(user) is { Count: > 0 } open ? open[0].Path : "/settings";
}
