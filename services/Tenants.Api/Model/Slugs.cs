using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Portal.ServiceDefaults.Errors;

namespace Tenants.Api.Model;

/// <summary>The rules of customer slugs: they become host names (<c>&lt;slug&gt;.&lt;portal host&gt;</c>).</summary>
public static partial class Slugs
{
    public const int MinLength = 3;

    /// <summary>The longest DNS label.</summary>
    public const int MaxLength = 63;

    /// <summary>Host names the platform uses or may use itself, and names that would mislead users.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "www", "api", "admin", "administrator", "portal", "app", "apps", "mail", "email", "smtp", "imap", "pop",
        "login", "logout", "signin", "sign-in", "signup", "auth", "oauth", "sso", "connect", "account", "accounts",
        "identity", "id", "static", "assets", "cdn", "media", "files", "img", "images", "docs", "help", "support",
        "status", "health", "dashboard", "ops", "internal", "dev", "test", "staging", "demo", "beta", "root",
        "system", "gateway", "tenants", "notifications", "security", "billing", "provider", "backoffice", "localhost",
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>Why <paramref name="slug"/> cannot be a slug, or null when it can.</summary>
    public static FieldMessage? Problem(string slug)
    {
        if (slug.Length is < MinLength or > MaxLength)
        {
            return SlugMessages.WrongLength.Format(MinLength, MaxLength);
        }

        if (!Shape().IsMatch(slug))
        {
            return SlugMessages.WrongShape;
        }

        return Reserved.Contains(slug) ? SlugMessages.Reserved.Format(slug) : null;
    }

    /// <summary>
    /// A slug made from a name: German umlauts spelt out (ä → ae, ß → ss), other accents dropped
    /// (é → e), anything else between letters and digits becomes one dash. May be too short.
    /// </summary>
    public static string Derive(string name)
    {
        var spelt = name.ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal)
            .Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "o", StringComparison.Ordinal)
            .Replace("œ", "oe", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);

        var slug = new StringBuilder(spelt.Length);
        foreach (var c in spelt)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return Trim(slug.ToString());
    }

    /// <summary><paramref name="slug"/> with a numeric suffix, shortened so that the result stays a valid slug.</summary>
    public static string WithSuffix(string slug, int number)
    {
        var suffix = "-" + number.ToString(CultureInfo.InvariantCulture);
        return Trim(slug[..Math.Min(slug.Length, MaxLength - suffix.Length)]) + suffix;
    }

    private static string Trim(string slug)
    {
        var trimmed = slug.Length > MaxLength ? slug[..MaxLength] : slug;
        return trimmed.Trim('-');
    }
}
