using Microsoft.AspNetCore.Identity;

namespace Identity.Api.Model;

/// <summary>
/// A person: provider staff or a customer's employee. <see cref="IdentityUser{TKey}.UserName"/> is the
/// account name (defaults to the e-mail); an employee without a password exists only to receive
/// e-mails ("no access") until they accept an invitation or a set-password link.
/// </summary>
public sealed class User : IdentityUser<Guid>
{
    public const int NameMaxLength = 100;

    public Guid OrganizationId { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";

    /// <summary>The name tokens and UserInfo give (<c>name</c>): first and last, either may be empty.</summary>
    public string FullName => $"{FirstName} {LastName}".Trim();
    public string? Salutation { get; set; }
    public string? MobilePhone { get; set; }

    /// <summary>"de" or "en"; e-mails and the UI follow it.</summary>
    public string Language { get; set; } = Languages.English;

    /// <summary>One of <see cref="Roles"/>; <see cref="Roles.Custom"/> takes its permissions from <see cref="CustomRoleId"/>.</summary>
    public string Role { get; set; } = Roles.Member;
    public Guid? CustomRoleId { get; set; }

    /// <summary>Provider staff: every customer is accessible (the default), else only <see cref="CustomerIds"/>.</summary>
    public bool AllCustomers { get; set; } = true;
    public List<Guid> CustomerIds { get; set; } = [];

    /// <summary>Department administrators: the departments they are limited to.</summary>
    public List<Guid> DepartmentIds { get; set; } = [];

    /// <summary>Customer users: the portal areas they may open.</summary>
    public List<string> PortalAreas { get; set; } = [];

    /// <summary>Customer users: the objects they see; empty means all of their organization's.</summary>
    public List<Guid> ObjectIds { get; set; } = [];

    /// <summary>
    /// The business e-mail categories the person gets: identity's copy of the notifications service's
    /// preferences (from its <c>EmailCategoriesChanged</c> events), or what an administrator chose and sent there.
    /// </summary>
    public List<string> EmailCategories { get; set; } = [.. Portal.Contracts.Identity.EmailCategories.All];

    /// <summary>When <see cref="EmailCategories"/> last changed, to ignore an older event arriving late.</summary>
    public DateTimeOffset? EmailCategoriesChangedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>The version of the last <c>UserAccessChanged</c> published about the user (see there).</summary>
    public long AccessVersion { get; set; }

    /// <summary>An e-mail change waiting for the new address to confirm it; the old address signs in until then.</summary>
    public string? PendingEmail { get; set; }
    public DateTimeOffset? PendingEmailExpiresAt { get; set; }

    public string? PendingEmailAt(DateTimeOffset now) => PendingEmailExpiresAt > now ? PendingEmail : null;

    /// <summary>
    /// The schemes of the external providers (Google, Microsoft, ...) linked in <c>user_logins</c>, kept
    /// here too so that <see cref="HasAccess"/> needs no second query wherever a user is read.
    /// </summary>
    public List<string> ExternalLogins { get; set; } = [];

    /// <summary>Signs in with a password or an external provider; SSO users need no password.</summary>
    public bool HasAccess => PasswordHash is not null || ExternalLogins.Count > 0;

    public bool IsActive => DeactivatedAt is null;
}
