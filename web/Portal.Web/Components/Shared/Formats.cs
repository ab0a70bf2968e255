using System.Globalization;

namespace Portal.Web.Components.Shared;

/// <summary>Dates and numbers in the reader's language (the circuit's culture).</summary>
public static class Formats
{
    public static string Date(DateTimeOffset value) => value.ToString("d", CultureInfo.CurrentCulture);

    public static string Date(DateOnly? value) => value?.ToString("d", CultureInfo.CurrentCulture) ?? "–";

    public static string DateTime(DateTimeOffset value) => value.ToString("g", CultureInfo.CurrentCulture);

    public static string Number(double? value, int decimals = 1) => value?.ToString("N" + decimals, CultureInfo.CurrentCulture) ?? "–";

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
