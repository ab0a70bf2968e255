using Identity.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;

namespace Identity.Api.Apis;

/// <summary>
/// The customer a sign-in started from: the web app adds <c>customer=&lt;slug&gt;</c> to the authorization
/// request when the person came through that customer's address. Only the name of an active customer is
/// shown; an unknown or archived slug gives the plain page, so the page reveals no more than the
/// customer's own address does.
/// </summary>
public static class LoginPageCustomer
{
    public const string Parameter = "customer";

    // Slugs are short; anything longer is not one and is not worth a query.
    private const int MaxSlugLength = 100;

    public static async Task<string?> NameAsync(IdentityDbContext db, string? returnUrl, CancellationToken cancellationToken)
    {
        var slug = LoginPageLanguage.AuthorizationParameter(returnUrl, Parameter)?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(slug) || slug.Length > MaxSlugLength)
        {
            return null;
        }

        return await db.Organizations.AsNoTracking()
            .Where(o => o.Kind == OrganizationKinds.Customer && o.Slug == slug && o.ArchivedAt == null)
            .Select(o => o.Name)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
