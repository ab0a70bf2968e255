using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Apis;

/// <summary>
/// What an authorization request says about the sign-in it needs (OpenID Connect Core 1.0, 3.1.2.1):
/// <c>prompt=login</c> and a <c>max_age</c> older than the person's sign-in both ask for a fresh one.
/// </summary>
internal static class AuthorizationPrompt
{
    public static bool AsksForFreshSignIn(OpenIddictRequest request, Application.SignInProof proof, DateTimeOffset now) =>
        request.HasPromptValue(PromptValues.Login)
        || (request.MaxAge is { } maxAge && proof.AuthenticatedAt.AddSeconds(maxAge) < now);

    /// <summary>
    /// The request to come back to after the login page, without <c>prompt=login</c> and <c>max_age</c>: they
    /// are answered by the sign-in just made, and kept they would send the person to the login page forever.
    /// </summary>
    public static string ReturnUrl(HttpRequest request)
    {
        IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> all = request.HasFormContentType ? request.Form : request.Query;
        var parameters = all.Where(parameter => parameter.Key is not (Parameters.Prompt or Parameters.MaxAge));
        return request.PathBase + request.Path + QueryString.Create(parameters);
    }
}
