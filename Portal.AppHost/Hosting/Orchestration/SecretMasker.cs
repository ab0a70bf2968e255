using System.Text.RegularExpressions;

namespace Portal.AppHost.Hosting;

/// <summary>Hides passwords in environment values before they are shown (dashboard, snapshots).</summary>
internal static partial class SecretMasker
{
    public const string Mask = "***";

    public static string MaskValue(string key, string value)
    {
        if (SecretKey().IsMatch(key))
        {
            return Mask;
        }

        // Password=...; in ADO.NET connection strings, user:password@ in URIs.
        var masked = PasswordPair().Replace(value, $"$1{Mask}");
        return UriCredentials().Replace(masked, $"$1{Mask}@");
    }

    [GeneratedRegex("(PASSWORD|SECRET|TOKEN|APIKEY|API_KEY|OTLP_HEADERS)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretKey();

    [GeneratedRegex("((?:^|;)\\s*Password\\s*=)[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordPair();

    [GeneratedRegex("(://[^:/@\\s]+:)[^@/\\s]+@")]
    private static partial Regex UriCredentials();
}
