using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Web.Localization;

namespace Portal.Web.Components.Pages.Access;

/// <summary>
/// Why someone does not see a kind of record, in the reader's words. The API's sentence names areas and roles
/// as the API does ("devices", "member"); for those two reasons the page says it with their names.
/// </summary>
public static class AccessReasons
{
    public static string Text(
        IStringLocalizer<PortalResource> portal, IStringLocalizer<SharedResource> shared,
        string? reason, string? message, string portalArea, string role, string permission) => reason switch
    {
        "portal_area_closed" => string.Format(CultureInfo.CurrentCulture, portal["WhoCanSee.AreaClosed"], portal[$"Access.Area.{portalArea}"]),
        "permission_missing" => string.Format(CultureInfo.CurrentCulture, portal["WhoCanSee.PermissionMissing"], shared[$"Role.{role}"], permission),
        _ => message ?? "",
    };
}
