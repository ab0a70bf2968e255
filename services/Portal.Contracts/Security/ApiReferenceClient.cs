namespace Portal.Contracts.Security;

/// <summary>
/// The API reference page at the gateway as an OpenID client: the gateway serves the page under this path and signs
/// readers in as this client; identity registers the client with the page as its one redirect URI.
/// </summary>
public static class ApiReferenceClient
{
    public const string ClientId = "portal-api-reference";

    /// <summary>Where the page is served (Scalar moves <c>/api/reference</c> here), and so where its sign-in comes back.</summary>
    public const string PagePath = "/api/reference/";
}
