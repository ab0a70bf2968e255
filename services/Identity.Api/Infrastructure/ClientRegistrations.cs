using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Infrastructure;

/// <summary>
/// The clients and the API scope the server knows, written at every start so that configuration
/// changes (redirect URIs, service secrets) take effect.
/// </summary>
internal sealed class ClientRegistrations(
    IOpenIddictApplicationManager applications,
    IOpenIddictScopeManager scopes,
    IOptions<IdentityServerOptions> options,
    PublicUrl publicUrl)
{
    public const string CliClientId = "portal-cli";
    public const string WebClientId = "portal-web";

    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var scope = new OpenIddictScopeDescriptor { Name = IdentityServerOptions.PortalScope, DisplayName = "Portal API" };
        scope.Resources.Add(IdentityServerOptions.Audience);
        await UpsertScopeAsync(scope, cancellationToken);

        await UpsertApplicationAsync(Cli(), cancellationToken);
        await UpsertApplicationAsync(Web(), cancellationToken);
        await UpsertApplicationAsync(ApiReference(), cancellationToken);
        if (options.Value.ApiClientSecret is { Length: > 0 } apiSecret)
        {
            await UpsertApplicationAsync(ResourceServer(apiSecret), cancellationToken);
        }

        foreach (var (clientId, secret) in options.Value.ServiceClients)
        {
            await UpsertApplicationAsync(Service(clientId, secret), cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor Cli()
    {
        // A first-party public client (no secret can be kept on a user's machine).
        var cli = new OpenIddictApplicationDescriptor { ClientId = CliClientId, ClientType = ClientTypes.Public, DisplayName = "Portal CLI" };
        cli.Permissions.UnionWith([
            Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.Password, Permissions.GrantTypes.RefreshToken,
            .. ApiScopes(),
        ]);
        return cli;
    }

    private OpenIddictApplicationDescriptor Web()
    {
        var web = SignInInTheBrowser(WebClientId, "Portal web app");
        // A session of the web app lasts beyond one access token, ends with a logout, and revokes its tokens.
        web.Permissions.UnionWith([Permissions.Endpoints.EndSession, Permissions.Endpoints.Revocation, Permissions.GrantTypes.RefreshToken]);
        var redirects = options.Value.WebRedirectUris is { Count: > 0 } configured ? configured : [publicUrl.Combine("signin-oidc").AbsoluteUri];
        web.RedirectUris.UnionWith(redirects.Select(uri => new Uri(uri)));
        var logouts = options.Value.WebPostLogoutRedirectUris is { Count: > 0 } configuredLogouts ? configuredLogouts : [publicUrl.Combine("signout-callback-oidc").AbsoluteUri];
        web.PostLogoutRedirectUris.UnionWith(logouts.Select(uri => new Uri(uri)));
        return web;
    }

    /// <summary>
    /// The reference page's "try it": a reader signs in as themselves and the page's requests carry that person's
    /// token, so it can do nothing the person cannot. No refresh token: a reading session is short, and the page
    /// keeps the token only in the browser.
    /// </summary>
    private OpenIddictApplicationDescriptor ApiReference()
    {
        var reference = SignInInTheBrowser(Portal.Contracts.Security.ApiReferenceClient.ClientId, "Portal API reference");
        reference.RedirectUris.Add(publicUrl.Combine(Portal.Contracts.Security.ApiReferenceClient.PagePath));
        return reference;
    }

    /// <summary>A public client (a browser keeps no secret) that signs people in with authorization code and PKCE.</summary>
    private static OpenIddictApplicationDescriptor SignInInTheBrowser(string clientId, string displayName)
    {
        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = displayName,
        };
        client.Permissions.UnionWith([
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
            Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
            .. ApiScopes(),
        ]);
        client.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        return client;
    }

    private static OpenIddictApplicationDescriptor Service(string clientId, string secret)
    {
        var service = new OpenIddictApplicationDescriptor { ClientId = clientId, ClientSecret = secret, ClientType = ClientTypes.Confidential, DisplayName = clientId };
        service.Permissions.UnionWith([
            Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.Endpoints.Introspection,
            Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + IdentityServerOptions.PortalScope,
        ]);
        return service;
    }

    /// <summary>
    /// The API itself: access tokens name it as their audience, and OpenIddict lets an audience introspect
    /// a token issued to any client. It gets no tokens of its own.
    /// </summary>
    private static OpenIddictApplicationDescriptor ResourceServer(string secret)
    {
        var api = new OpenIddictApplicationDescriptor
        {
            ClientId = IdentityServerOptions.Audience,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Portal API (resource server)",
        };
        api.Permissions.Add(Permissions.Endpoints.Introspection);
        return api;
    }

    private static string[] ApiScopes() =>
    [
        Permissions.Scopes.Email, Permissions.Scopes.Profile,
        Permissions.Prefixes.Scope + IdentityServerOptions.PortalScope,
    ];

    private async Task UpsertApplicationAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
            return;
        }

        await applications.UpdateAsync(existing, descriptor, cancellationToken);
    }

    private async Task UpsertScopeAsync(OpenIddictScopeDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await scopes.FindByNameAsync(descriptor.Name!, cancellationToken);
        if (existing is null)
        {
            await scopes.CreateAsync(descriptor, cancellationToken);
            return;
        }

        await scopes.UpdateAsync(existing, descriptor, cancellationToken);
    }
}
