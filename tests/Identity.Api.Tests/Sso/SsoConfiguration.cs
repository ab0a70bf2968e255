using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Identity.Api.Tests.Sso;

/// <summary>
/// The external providers identity is started with in the tests, both served by the one test provider:
/// <c>testidp</c> a generic OpenID Connect provider that must confirm e-mails, <c>testentra</c> a
/// Microsoft-kind provider trusted for its tenant's e-mails (Entra's v2 tokens carry no email_verified);
/// and <c>testdown</c>, a provider nobody answers for.
/// </summary>
public static class SsoConfiguration
{
    public const string Generic = "testidp";
    public const string GenericName = "Test IdP";
    public const string Entra = "testentra";
    public const string Down = "testdown";

    public static void AddTestProviders(IResourceBuilder<ProjectResource> identity, TestIdentityProvider idp)
    {
        Add(identity, idp, Generic, GenericName, "oidc", trustEmailVerified: false);
        Add(identity, idp, Entra, "Test Entra", "microsoft", trustEmailVerified: true);
        Add(identity, Down, "Test Down", "oidc", authority: "http://127.0.0.1:9", trustEmailVerified: false);
    }

    private static void Add(IResourceBuilder<ProjectResource> identity, TestIdentityProvider idp, string scheme, string name, string kind, bool trustEmailVerified) =>
        Add(identity, scheme, name, kind, idp.Issuer, trustEmailVerified);

    private static void Add(IResourceBuilder<ProjectResource> identity, string scheme, string name, string kind, string authority, bool trustEmailVerified)
    {
        var prefix = $"Identity__ExternalProviders__{scheme}__";
        identity.WithEnvironment(prefix + "DisplayName", name)
            .WithEnvironment(prefix + "Authority", authority)
            .WithEnvironment(prefix + "ClientId", TestIdentityProvider.ClientId)
            .WithEnvironment(prefix + "ClientSecret", TestIdentityProvider.ClientSecret)
            .WithEnvironment(prefix + "Kind", kind)
            .WithEnvironment(prefix + "TrustEmailVerified", trustEmailVerified ? "true" : "false");
    }
}
