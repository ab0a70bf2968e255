using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Identity.Api.Tests.Sso;

/// <summary>How the provider spoils the id_token of a user, for tests of what identity must refuse.</summary>
public enum IdTokenTampering
{
    None,
    WrongNonce,
    WrongIssuer,
    ForeignSignature,
}

/// <summary>A person at the test provider; the e-mail may change later, the subject never does.</summary>
public sealed class TestIdpUser(string subject, string email, bool? emailVerified, IdTokenTampering tampering)
{
    public string Subject { get; } = subject;
    public string Email { get; set; } = email;

    /// <summary>Null leaves the claim out, as Entra ID's v2 tokens do.</summary>
    public bool? EmailVerified { get; set; } = emailVerified;
    public IdTokenTampering Tampering { get; set; } = tampering;
}

/// <summary>
/// A small OpenID Connect provider on 127.0.0.1 for the SSO tests: discovery, JWKS, an authorization
/// endpoint that signs in the browser's test user without a form (the user is chosen by a cookie the
/// test sets) and insists on PKCE (S256) and a nonce, and a token endpoint that checks the client, the
/// redirect address and the code verifier before it issues an RS256-signed id_token.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "portal-identity";
    public const string ClientSecret = "test-provider-client-secret-0123456789";
    private const string UserCookie = "test_idp_user";
    private const string KeyId = "test-idp-key";

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _foreignKey = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, TestIdpUser> _users = new();
    private readonly ConcurrentDictionary<string, PendingCode> _codes = new();
    private WebApplication? _app;

    /// <summary>The issuer and base address, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string Issuer { get; private set; } = "";

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var provider = new TestIdentityProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", provider.Jwks);
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", provider.TokenAsync);
        await app.StartAsync();
        provider._app = app;
        provider.Issuer = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return provider;
    }

    public TestIdpUser AddUser(string email, bool? emailVerified = true, IdTokenTampering tampering = IdTokenTampering.None)
    {
        var user = new TestIdpUser("idp-" + Guid.NewGuid().ToString("N"), email, emailVerified, tampering);
        _users[user.Subject] = user;
        return user;
    }

    /// <summary>The browser is signed in at the provider as <paramref name="user"/>.</summary>
    public void SignIn(CookieContainer browserCookies, TestIdpUser user) =>
        browserCookies.Add(new Uri(Issuer), new Cookie(UserCookie, user.Subject));

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = Issuer + "/authorize",
        ["token_endpoint"] = Issuer + "/token",
        ["jwks_uri"] = Issuer + "/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
        ["scopes_supported"] = new[] { "openid", "email", "profile" },
    });

    private IResult Jwks()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64Url(parameters.Modulus!), e = Base64Url(parameters.Exponent!) } } });
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || !Uri.TryCreate(query["redirect_uri"], UriKind.Absolute, out var redirectUri))
        {
            return Results.BadRequest("unknown client, response type or redirect address");
        }

        if (string.IsNullOrEmpty(query["code_challenge"]) || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["nonce"]))
        {
            return Results.BadRequest("PKCE with S256 and a nonce are required");
        }

        if (request.Cookies[UserCookie] is not { } subject || !_users.TryGetValue(subject, out var user))
        {
            return Results.Text("Nobody is signed in at the test provider.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var code = Base64Url(RandomNumberGenerator.GetBytes(32));
        _codes[code] = new PendingCode(user, redirectUri.AbsoluteUri, query["code_challenge"]!, query["nonce"]!);
        var separator = string.IsNullOrEmpty(redirectUri.Query) ? "?" : "&";
        return Results.Redirect($"{redirectUri.AbsoluteUri}{separator}code={code}&state={Uri.EscapeDataString(query["state"].ToString())}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var (clientId, clientSecret) = ClientCredentials(request, form);
        if (clientId != ClientId || clientSecret != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        var verifier = form["code_verifier"].ToString();
        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var pending)
            || pending.RedirectUri != form["redirect_uri"] || Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != pending.CodeChallenge)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var accessToken = Base64Url(RandomNumberGenerator.GetBytes(32));
        return Results.Json(new { access_token = accessToken, token_type = "Bearer", expires_in = 300, id_token = IdToken(pending, accessToken) });
    }

    private string IdToken(PendingCode pending, string accessToken)
    {
        var user = pending.User;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>
        {
            ["iss"] = user.Tampering == IdTokenTampering.WrongIssuer ? "http://impostor.test" : Issuer,
            ["sub"] = user.Subject,
            ["aud"] = ClientId,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 300,
            ["nonce"] = user.Tampering == IdTokenTampering.WrongNonce ? "not-the-nonce-identity-sent" : pending.Nonce,
            ["email"] = user.Email,
            ["name"] = "Test Person",
            // at_hash: the left half of the access token's SHA-256, as OpenID Connect Core 3.1.3.6 defines it.
            ["at_hash"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]),
        };
        if (user.EmailVerified is { } verified)
        {
            claims["email_verified"] = verified;
        }

        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256", typ = "JWT", kid = KeyId }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signer = user.Tampering == IdTokenTampering.ForeignSignature ? _foreignKey : _key;
        var signature = signer.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static (string? Id, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
        }

        return (form["client_id"], form["client_secret"]);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _key.Dispose();
        _foreignKey.Dispose();
    }

    private sealed record PendingCode(TestIdpUser User, string RedirectUri, string CodeChallenge, string Nonce);
}
