using Portal.Contracts.Security;

namespace Assets.Api.Tests.Infrastructure;

/// <summary>Someone calling the API: a token is minted for them on every request.</summary>
public sealed record TestUser(Guid Id, Guid OrganizationId, string OrganizationKind, string Role, string[] Permissions)
{
    /// <summary>The token's <c>locale</c> claim (the language the person chose), when set.</summary>
    public string? Locale { get; init; }

    public bool IsProviderStaff => OrganizationKind == OrganizationKinds.Provider;

    public override string ToString() => $"{OrganizationKind} {Role}";
}
