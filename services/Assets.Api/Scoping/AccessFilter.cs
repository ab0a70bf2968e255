using Microsoft.AspNetCore.Http;
using Portal.ServiceDefaults.Errors;

namespace Assets.Api.Scoping;

/// <summary>
/// Refuses the request with 403 unless the caller's scope grants <paramref name="permission"/> and
/// opens <paramref name="portalArea"/>. Which rows they see is each handler's business (404 for the rest).
/// </summary>
public sealed class AccessFilter(string? permission, string? portalArea, bool providerStaffOnly) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var scope = await http.RequestServices.GetRequiredService<CallerScopeResolver>().ResolveAsync(http.User, http.RequestAborted);
        return RefusalFor(scope, permission, portalArea, providerStaffOnly) is { } reason
            ? PortalProblems.Of(StatusCodes.Status403Forbidden, reason)
            : await next(context);
    }

    /// <summary>
    /// Why a person with this scope is refused, or null when they pass. "Who can see this" asks the same
    /// question for people who are not calling.
    /// </summary>
    public static ProblemMessage? RefusalFor(CallerScope scope, string? permission, string? portalArea, bool providerStaffOnly = false) =>
        !scope.Active ? AccessProblems.NoAccess
        : providerStaffOnly && !scope.IsProviderStaff ? AccessProblems.StaffOnly
        : permission is not null && !scope.Has(permission) ? AccessProblems.PermissionMissing.WithDetail(permission)
        : portalArea is not null && !scope.MayOpen(portalArea) ? AccessProblems.PortalAreaClosed.WithDetail(portalArea)
        : null;
}
