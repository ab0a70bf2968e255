using Microsoft.AspNetCore.Http;

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
        var reason =
            !scope.Active ? "This account has no access."
            : providerStaffOnly && !scope.IsProviderStaff ? "Only the provider's staff may do this."
            : permission is not null && !scope.Has(permission) ? $"This needs the permission '{permission}'."
            : portalArea is not null && !scope.MayOpen(portalArea) ? $"The portal area '{portalArea}' is not open to this user."
            : null;
        return reason is null
            ? await next(context)
            : TypedResults.Problem(title: "Forbidden", detail: reason, statusCode: StatusCodes.Status403Forbidden);
    }
}
