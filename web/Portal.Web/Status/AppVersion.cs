using System.Reflection;

namespace Portal.Web.Status;

public static class AppVersion
{
    /// <summary>
    /// The informational version without the commit suffix the SDK appends ("1.0.0+3f2a..."), with
    /// the short commit kept so a screenshot tells which build it was.
    /// </summary>
    public static string Current { get; } = Describe(
        typeof(AppVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    private static string Describe(string? informational)
    {
        if (string.IsNullOrEmpty(informational))
        {
            return "unknown";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 || informational.Length - plus <= 8
            ? informational
            : $"{informational[..plus]} ({informational.Substring(plus + 1, 7)})";
    }
}
