using System.Globalization;
using Identity.Api.Application;

namespace Identity.Api.Apis;

/// <summary>
/// Every sentence of the sign-in pages, in the portal's two languages. A typed table rather than resx:
/// a missing text is a compile error, not an English word on a German page.
/// </summary>
public sealed record LoginPageTexts
{
    public required string Language { get; init; }
    public required string SignIn { get; init; }
    public required string SignInTo { get; init; }
    public required string AccountName { get; init; }
    public required string Password { get; init; }
    public required string ForgotPassword { get; init; }
    public required string Or { get; init; }
    public required string SignInWith { get; init; }
    public required string CodeHint { get; init; }
    public required string Code { get; init; }
    public required string Verify { get; init; }
    public required string BackToSignIn { get; init; }
    public required string InvalidCredentials { get; init; }
    public required string InvalidCode { get; init; }
    public required string LockedOut { get; init; }
    public required string WaitAfterFailures { get; init; }
    public required string TookTooLong { get; init; }
    public required string OneSecond { get; init; }
    public required string Seconds { get; init; }
    public required string UnknownMethodTitle { get; init; }
    public required string UnknownMethod { get; init; }
    public required string UnreachableTitle { get; init; }
    public required string Unreachable { get; init; }
    public required string IncompleteTitle { get; init; }
    public required string Incomplete { get; init; }
    public required string RefusedTitle { get; init; }
    public required string FailedTitle { get; init; }
    public required string Failed { get; init; }

    public static readonly LoginPageTexts English = new()
    {
        Language = "en",
        SignIn = "Sign in",
        SignInTo = "Sign in to {0}",
        AccountName = "Account name or e-mail",
        Password = "Password",
        ForgotPassword = "Forgot your password?",
        Or = "or",
        SignInWith = "Sign in with {0}",
        CodeHint = "Enter the code from your authenticator app, or one of your recovery codes.",
        Code = "Code",
        Verify = "Verify",
        BackToSignIn = "Back to sign-in",
        InvalidCredentials = SignInAttempt.InvalidCredentials,
        InvalidCode = "The two-factor code is invalid or was used already.",
        LockedOut = "Too many failed sign-ins. Try again in {0}.",
        WaitAfterFailures = " Too many failed sign-ins: try again in {0}.",
        TookTooLong = "The sign-in took too long. Please start again.",
        OneSecond = "1 second",
        Seconds = "{0} seconds",
        UnknownMethodTitle = "Unknown sign-in method",
        UnknownMethod = "This sign-in method is not offered here.",
        UnreachableTitle = "{0} is not reachable",
        Unreachable = "Portal cannot reach {0} right now. Try again later or sign in with your password.",
        IncompleteTitle = "Sign-in did not complete",
        Incomplete = "The sign-in with the external provider did not complete. Please start again.",
        RefusedTitle = "Sign-in refused",
        FailedTitle = "Sign-in with {0} failed",
        Failed = "{0} did not confirm who you are. Please start the sign-in again.",
    };

    public static readonly LoginPageTexts German = new()
    {
        Language = "de",
        SignIn = "Anmelden",
        SignInTo = "Anmelden bei {0}",
        AccountName = "Kontoname oder E-Mail",
        Password = "Passwort",
        ForgotPassword = "Passwort vergessen?",
        Or = "oder",
        SignInWith = "Anmelden mit {0}",
        CodeHint = "Geben Sie den Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein.",
        Code = "Code",
        Verify = "Bestätigen",
        BackToSignIn = "Zurück zur Anmeldung",
        InvalidCredentials = "Der Kontoname oder das Passwort ist ungültig.",
        InvalidCode = "Der Bestätigungscode ist ungültig oder wurde bereits verwendet.",
        LockedOut = "Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in {0} erneut.",
        WaitAfterFailures = " Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in {0} erneut.",
        TookTooLong = "Die Anmeldung hat zu lange gedauert. Bitte beginnen Sie von vorn.",
        OneSecond = "1 Sekunde",
        Seconds = "{0} Sekunden",
        UnknownMethodTitle = "Unbekannte Anmeldeart",
        UnknownMethod = "Diese Anmeldeart wird hier nicht angeboten.",
        UnreachableTitle = "{0} ist nicht erreichbar",
        Unreachable = "Portal kann {0} gerade nicht erreichen. Versuchen Sie es später erneut oder melden Sie sich mit Ihrem Passwort an.",
        IncompleteTitle = "Anmeldung nicht abgeschlossen",
        Incomplete = "Die Anmeldung beim externen Anbieter wurde nicht abgeschlossen. Bitte beginnen Sie von vorn.",
        RefusedTitle = "Anmeldung abgelehnt",
        FailedTitle = "Anmeldung mit {0} fehlgeschlagen",
        Failed = "{0} hat Ihre Identität nicht bestätigt. Bitte beginnen Sie die Anmeldung von vorn.",
    };

    public static readonly IReadOnlyList<LoginPageTexts> All = [English, German];

    public string Heading(string? customerName) => customerName is null ? SignIn : Format(SignInTo, customerName);

    public string ButtonFor(string providerName) => Format(SignInWith, providerName);

    /// <summary>The page's sentence for a refused attempt; the same facts as <see cref="SignInAttempt.Message"/>, in this language.</summary>
    public string Refusal(SignInAttempt attempt) => attempt.Outcome switch
    {
        SignInOutcome.LockedOut => Format(LockedOut, Duration(attempt.RetryAfter)),
        SignInOutcome.InvalidTwoFactorCode => InvalidCode + Wait(attempt.RetryAfter),
        _ => InvalidCredentials + Wait(attempt.RetryAfter),
    };

    private string Wait(TimeSpan retryAfter) => retryAfter > TimeSpan.Zero ? Format(WaitAfterFailures, Duration(retryAfter)) : "";

    private string Duration(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) is var seconds && seconds == 1 ? OneSecond : Format(Seconds, seconds);

    public static string Format(string text, object value) => string.Format(CultureInfo.InvariantCulture, text, value);
}
