using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Application;

/// <summary>
/// When and how a person proved who they are: the ID token's <c>auth_time</c> and <c>amr</c>
/// (OpenID Connect Core 1.0, section 2). It travels in identity's sign-in cookie and in the refresh
/// tokens, so that every token of one sign-in names that sign-in, not the refresh that made it.
/// </summary>
public sealed record SignInProof(DateTimeOffset AuthenticatedAt, IReadOnlyList<string> Methods)
{
    /// <summary>A password (RFC 8176 "pwd").</summary>
    public const string Password = "pwd";

    /// <summary>A one-time code: an authenticator app's or a recovery code (RFC 8176 "otp").</summary>
    public const string OneTimeCode = "otp";

    /// <summary>More than one factor (RFC 8176 "mfa"), given beside the factors themselves.</summary>
    public const string MultipleFactors = "mfa";

    /// <summary>Another identity provider (Google, Microsoft) vouched for the person; RFC 8176 has no value for it.</summary>
    public const string External = "external";

    public static IReadOnlyList<string> AllMethods { get; } = [Password, OneTimeCode, MultipleFactors, External];

    public static SignInProof ByPassword(DateTimeOffset at, bool withOneTimeCode) =>
        new(at, withOneTimeCode ? [Password, OneTimeCode, MultipleFactors] : [Password]);

    public static SignInProof ByExternalProvider(DateTimeOffset at) => new(at, [External]);

    /// <summary>Writes the proof into a principal's identity (a cookie's or a token's).</summary>
    public void WriteTo(ClaimsIdentity identity)
    {
        identity.RemoveClaims(Claims.AuthenticationTime).RemoveClaims(Claims.AuthenticationMethodReference);
        identity.AddClaim(new Claim(Claims.AuthenticationTime, AuthenticatedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        // One JSON array claim: "amr" is an array even with one method, where single claims become strings.
        identity.AddClaim(new Claim(Claims.AuthenticationMethodReference, JsonSerializer.Serialize(Methods), JsonClaimValueTypes.JsonArray));
    }

    /// <summary>The proof a principal carries; null for one signed in before proofs were recorded.</summary>
    public static SignInProof? ReadFrom(ClaimsPrincipal? principal)
    {
        var time = principal?.FindFirst(Claims.AuthenticationTime)?.Value;
        if (!long.TryParse(time, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return null;
        }

        // Written as one JSON array; a token read back may give one claim per element instead.
        var methods = principal!.FindAll(Claims.AuthenticationMethodReference)
            .SelectMany(claim => claim.Value.StartsWith('[') ? JsonSerializer.Deserialize<string[]>(claim.Value) ?? [] : [claim.Value])
            .Distinct().ToList();
        return new SignInProof(DateTimeOffset.FromUnixTimeSeconds(seconds), methods);
    }
}
