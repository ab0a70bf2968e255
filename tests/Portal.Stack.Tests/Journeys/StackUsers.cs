using System.Net;
using System.Net.Http.Json;
using Portal.Stack.Tests.Infrastructure;

namespace Portal.Stack.Tests.Journeys;

/// <summary>
/// Real users of the stack, created through the public API as an administrator would, and signed in
/// through identity's <c>/connect/token</c>: their permissions are those of their role.
/// </summary>
public static class StackUsers
{
    public const string Password = "Journey-passw0rd-2026!";

    public static string UniqueAddress() => $"journey-{Guid.NewGuid():N}@customer.test";

    /// <summary>A corporate customer (invitations are for corporate customers only); returns its id.</summary>
    public static async Task<Guid> CreateCustomerAsync(PortalSession administrator)
    {
        var slug = $"journey-{Guid.NewGuid():N}"[..20];
        var customer = await administrator.SendUntilAsync(HttpMethod.Post, "/api/tenants/customers",
            new { name = $"Kunde {slug}", type = "corporate", slug }, HttpStatusCode.Created);
        return customer.GetProperty("id").GetGuid();
    }

    /// <summary>
    /// A user of <paramref name="organizationId"/> (the provider or a customer) with <paramref name="role"/>,
    /// invited by e-mail; accepts with the mail's token, as the invitee would, and signs in.
    /// </summary>
    public static async Task<PortalSession> InviteAndSignInAsync(this StackFixture stack, PortalSession administrator, Guid organizationId, string role)
    {
        var email = UniqueAddress();
        // Identity learns of a new customer through an event; until then it answers 404.
        await administrator.SendUntilAsync(HttpMethod.Post, $"/api/identity/organizations/{organizationId}/users",
            new { firstName = "Eva", lastName = "Roth", email, language = "en", role, sendInvitation = true }, HttpStatusCode.Created);
        await stack.AcceptInvitationAsync(await stack.Inbox.FirstToAsync(email));
        return await PortalSession.SignInAsync(stack.Gateway, email, Password);
    }

    /// <summary>
    /// Accepts with the token from the invitation mail and <see cref="Password"/>. The gateway
    /// rate-limits accepting (GatewayTests use the allowance up on purpose); a 429 waits as long as it says.
    /// </summary>
    public static async Task AcceptInvitationAsync(this StackFixture stack, StackMail invitation)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var accepted = await stack.Gateway.PostAsJsonAsync("/api/identity/invitations/accept",
                new { token = StackInbox.TokenIn(invitation), password = Password });
            if (accepted.StatusCode == HttpStatusCode.TooManyRequests && attempt < 10)
            {
                await Task.Delay(accepted.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5));
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            return;
        }
    }
}
