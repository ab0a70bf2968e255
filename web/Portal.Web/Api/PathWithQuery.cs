namespace Portal.Web.Api;

/// <summary>A path with query parameters, the empty ones left out: for the API's routes and for this site's download links.</summary>
public static class PathWithQuery
{
    public static string Of(string path, params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? path : path + "?" + string.Join("&", given);
    }
}
