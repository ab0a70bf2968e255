namespace Identity.Api.Model;

/// <summary>The languages of the portal, its e-mails and its UI.</summary>
public static class Languages
{
    public const string German = "de";
    public const string English = "en";

    public static bool IsSupported(string? language) => language is German or English;
}
