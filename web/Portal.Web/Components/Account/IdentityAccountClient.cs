using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Portal.Web.Components.Account;

/// <summary>
/// The anonymous account endpoints of the identity service (API.md), reached through service
/// discovery (<c>http://identity</c> resolves from <c>services__identity__http__0</c>).
/// Never throws for an answer it does not like: the pages turn every outcome into words. Asks for
/// identity's words in the page's language (the link's <c>lang</c>), so a message never comes in the other.
/// </summary>
public sealed class IdentityAccountClient(HttpClient http, AccountLocalizer text, ILogger<IdentityAccountClient> logger)
{
    public Task<AccountApiResult> AcceptLinkAsync(string token, string password, CancellationToken cancellationToken) =>
        PostAsync("/api/identity/invitations/accept", new AcceptLinkRequest(token, password), cancellationToken);

    public Task<AccountApiResult> RequestPasswordResetAsync(string email, CancellationToken cancellationToken) =>
        PostAsync("/api/identity/password-reset", new PasswordResetRequest(email), cancellationToken);

    public Task<AccountApiResult> ConfirmPasswordResetAsync(string token, string newPassword, CancellationToken cancellationToken) =>
        PostAsync("/api/identity/password-reset/confirm", new PasswordResetConfirmation(token, newPassword), cancellationToken);

    public Task<AccountApiResult> ConfirmEmailChangeAsync(string token, CancellationToken cancellationToken) =>
        PostAsync("/api/identity/email-change/confirm", new LinkTokenRequest(token), cancellationToken);

    public Task<AccountApiResult> ReportEmailChangeAsync(string token, CancellationToken cancellationToken) =>
        PostAsync("/api/identity/email-change/report", new LinkTokenRequest(token), cancellationToken);

    private async Task<AccountApiResult> PostAsync<TRequest>(string path, TRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(request) };
            message.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(text.Language));
            using var response = await http.SendAsync(message, cancellationToken);
            return response.IsSuccessStatusCode
                ? await AccountApiResult.FromSuccessAsync(response, cancellationToken)
                : await AccountApiResult.FromProblemAsync(response, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning(exception, "Identity did not answer {Path}", path);
            return AccountApiResult.Unreachable;
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Identity did not answer {Path} in time", path);
            return AccountApiResult.Unreachable;
        }
    }
}
