namespace Assets.Api.Scoping;

public static class AccessEndpointExtensions
{
    /// <summary>403 unless the caller's current scope grants the permission and opens the portal area.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder endpoint, string permission, string portalArea)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(new AccessFilter(permission, portalArea, providerStaffOnly: false));

    /// <summary>403 for every customer user; provider staff also need the permission, if one is named.</summary>
    public static TBuilder RequireStaffAccess<TBuilder>(this TBuilder endpoint, string? permission = null)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(new AccessFilter(permission, portalArea: null, providerStaffOnly: true));
}
