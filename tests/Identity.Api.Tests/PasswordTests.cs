using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

[Collection(IdentityCollection.Name)]
public sealed class PasswordTests(IdentityFixture fixture)
{
    // ASP.NET Core Identity's V3 hash format: marker, PRF, iterations, salt length (big-endian), salt, subkey.
    private const byte V3Marker = 0x01;
    private const uint HmacSha256 = 1;
    private const uint HmacSha512 = 2;

    [Fact]
    public async Task PasswordsAreHashedWithPbkdf2HmacSha512AndAtLeast210000Iterations()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");

        var hash = await StoredHashAsync(member.UserId);

        Assert.Equal(V3Marker, hash[0]);
        Assert.Equal(HmacSha512, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)) >= 210_000);
        Assert.Equal(16u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(9)));
    }

    [Fact]
    public async Task AnOldHashIsUpgradedAtSignIn()
    {
        var member = await fixture.CustomerUserAsync(await fixture.CreateCustomerAsync(), "member");
        await fixture.IdentityDb.ExecuteAsync("UPDATE users SET password_hash = $1 WHERE id = $2", OldHash(member.Password), member.UserId);

        var signIn = await fixture.Identity.PasswordAsync(member.Email, member.Password);
        var hash = await StoredHashAsync(member.UserId);

        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        Assert.Equal(HmacSha512, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)) >= 210_000);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(member.Email, member.Password)).Status);
    }

    [Theory]
    [InlineData("short-pass1", "at least 12")]
    [InlineData("1qaz2wsx3edc4rfv", "most common")]
    [InlineData("1QAZ2WSX3EDC4RFV", "most common")]
    public async Task ShortAndCommonPasswordsAreRefused(string password, string reason)
    {
        var customerId = await fixture.CreateCustomerAsync();
        var userId = (await fixture.InviteAsync(customerId, "member")).GetProperty("userId").GetGuid();

        using var response = await fixture.AcceptAsync(await fixture.LatestLinkTokenAsync(userId), password);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, errors.GetProperty("password")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A128CharacterPasswordIsAcceptedWithoutCompositionRulesAnd129IsNot()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var tooLongUser = (await fixture.InviteAsync(customerId, "member")).GetProperty("userId").GetGuid();
        var email = Actors.UniqueEmail("long");
        var longUser = (await fixture.InviteAsync(customerId, "member", email)).GetProperty("userId").GetGuid();
        var longest = new string('a', 64) + new string('z', 64);

        using var tooLong = await fixture.AcceptAsync(await fixture.LatestLinkTokenAsync(tooLongUser), longest + "b");
        using var accepted = await fixture.AcceptAsync(await fixture.LatestLinkTokenAsync(longUser), longest);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Identity.PasswordAsync(email, longest)).Status);
    }

    [Fact]
    public async Task TheBootstrapCreatesTheFirstAdministratorOnceAcrossRestarts()
    {
        var tokenBefore = await fixture.Identity.SignInAsync(IdentityFixture.AdminEmail, IdentityFixture.AdminPassword);
        var hashBefore = await fixture.IdentityDb.ScalarAsync<string>("SELECT password_hash FROM users WHERE normalized_email = $1", IdentityFixture.AdminEmail.ToUpperInvariant());

        await fixture.App.RestartResourceAsync("identity");
        var administrators = await fixture.IdentityDb.ScalarAsync<long>("SELECT count(*) FROM users WHERE normalized_email = $1", IdentityFixture.AdminEmail.ToUpperInvariant());
        var hashAfter = await fixture.IdentityDb.ScalarAsync<string>("SELECT password_hash FROM users WHERE normalized_email = $1", IdentityFixture.AdminEmail.ToUpperInvariant());
        var signIn = await fixture.Identity.PasswordAsync(IdentityFixture.AdminEmail, IdentityFixture.AdminPassword);

        Assert.Equal(1L, administrators);
        Assert.Equal(hashBefore, hashAfter);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        // The signing key survived the restart: a token issued before it is still accepted by another service.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tenants/departments").WithBearer(tokenBefore);
        using var tenants = await fixture.Tenants.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, tenants.StatusCode);
    }

    private async Task<byte[]> StoredHashAsync(Guid userId) =>
        Convert.FromBase64String((await fixture.IdentityDb.ScalarAsync<string>("SELECT password_hash FROM users WHERE id = $1", userId))!);

    /// <summary>A hash as .NET 6's Identity wrote it: PBKDF2-HMAC-SHA256, 10,000 iterations.</summary>
    private static string OldHash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var subkey = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, 10_000, HashAlgorithmName.SHA256, 32);
        var hash = new byte[13 + salt.Length + subkey.Length];
        hash[0] = V3Marker;
        BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(1), HmacSha256);
        BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(5), 10_000);
        BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(9), (uint)salt.Length);
        salt.CopyTo(hash, 13);
        subkey.CopyTo(hash, 13 + salt.Length);
        return Convert.ToBase64String(hash);
    }
}
