namespace Assets.Api.Scoping;

public static class AccessEndpointExtensions
{
    /// <summary>403 unless the caller's current scope grants the permission and opens the portal area.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder endpoint, string permission, string portalArea)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(new AccessFilter(permission, portalArea, providerStaffOnly: false));

    /// <summary>403 unless the caller may read this kind of record (<see cref="ReadAccess"/>).</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder endpoint, ReadAccess access)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAccess(access.Permission, access.PortalArea);

    /// <summary>403 unless the caller's current scope grants the permission (any portal area).</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder endpoint, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(new AccessFilter(permission, portalArea: null, providerStaffOnly: false));

    /// <summary>403 for every customer user; provider staff also need the permission, if one is named.</summary>
    public static TBuilder RequireStaffAccess<TBuilder>(this TBuilder endpoint, string? permission = null)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(new AccessFilter(permission, portalArea: null, providerStaffOnly: true));
}
