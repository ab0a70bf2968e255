using System.Net;
using System.Text.Json;
using Portal.Benchmarking;

namespace Identity.Benchmarks;

/// <summary>The first-party CLI client's calls to <c>POST /connect/token</c>: a password sign-in, a refresh.</summary>
public sealed class TokenCalls(HttpClient identity)
{
    /// <summary>Null when the sign-in succeeded, else why not.</summary>
    public async Task<string?> SignInAsync() => (await TokenAsync(PasswordForm())).Failure;

    /// <summary>A refresh token of a fresh sign-in (for a refresh worker to start from).</summary>
    public async Task<string> RefreshTokenAsync()
    {
        var (answer, failure) = await TokenAsync(PasswordForm());
        return answer?.GetProperty("refresh_token").GetString() ?? throw new BenchmarkFailedException($"sign-in for a refresh token: {failure}");
    }

    /// <summary>Redeems <paramref name="refreshToken"/>: the token that replaces it (each is good once), or why there is none.</summary>
    public async Task<(string? Next, string? Failure)> RefreshAsync(string refreshToken)
    {
        var (answer, failure) = await TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "portal-cli",
            ["refresh_token"] = refreshToken,
        });
        return (answer?.GetProperty("refresh_token").GetString(), failure);
    }

    private static Dictionary<string, string> PasswordForm() => new()
    {
        ["grant_type"] = "password",
        ["client_id"] = "portal-cli",
        ["username"] = IdentityStack.AdminEmail,
        ["password"] = IdentityStack.AdminPassword,
        ["scope"] = "openid offline_access portal",
    };

    private async Task<(JsonElement? Answer, string? Failure)> TokenAsync(Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await identity.PostAsync(new Uri("/connect/token", UriKind.Relative), content);
        if (await FailureReasons.UnlessAsync(response, HttpStatusCode.OK) is { } failure)
        {
            return (null, failure);
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.Clone(), null);
    }
}
