using Microsoft.AspNetCore.WebUtilities;

namespace Identity.Api.Apis;

/// <summary>
/// The language of the sign-in pages: the OIDC <c>ui_locales</c> of the authorization request (the web
/// app sends the person's portal language there), else a <c>lang</c> query parameter, else the
/// browser's Accept-Language, else English.
/// </summary>
public static class LoginPageLanguage
{
    public const string QueryParameter = "lang";

    public static LoginPageTexts Choose(HttpRequest request, string? returnUrl, string? lang) =>
        FirstSupported((AuthorizationParameter(returnUrl, "ui_locales") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        ?? FirstSupported([lang])
        ?? FirstSupported(request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value))
        ?? LoginPageTexts.English;

    /// <summary>A parameter of the authorization request the sign-in returns to (<c>/connect/authorize?...</c>).</summary>
    public static string? AuthorizationParameter(string? returnUrl, string name)
    {
        var query = returnUrl?.IndexOf('?', StringComparison.Ordinal) is >= 0 and var start ? returnUrl[start..] : null;
        return query is not null && QueryHelpers.ParseQuery(query).TryGetValue(name, out var value) ? value.ToString() : null;
    }

    private static LoginPageTexts? FirstSupported(IEnumerable<string?> tags) =>
        tags.Select(Supported).FirstOrDefault(texts => texts is not null);

    // "de", "de-DE", "de-AT" are all German: the portal has one German and one English text each.
    public static LoginPageTexts? Supported(string? tag) =>
        tag is null ? null : LoginPageTexts.All.FirstOrDefault(texts =>
            tag.Equals(texts.Language, StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith(texts.Language + "-", StringComparison.OrdinalIgnoreCase));

    /// <summary>Kept in the form's address so that the second request speaks the same language as the first.</summary>
    public static string ActionFor(string path, string? lang) =>
        lang is null ? path : QueryHelpers.AddQueryString(path, QueryParameter, lang);
}
