using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;
using static Identity.Api.Application.Problems;

namespace Identity.Api.Apis;

/// <summary>Why enrolling, confirming or changing two-factor sign-in is refused.</summary>
public static class TwoFactorProblems
{
    private static readonly LocalizedText AlreadyOnTitle = new("Two-factor is already on.", "Die Zwei-Faktor-Anmeldung ist bereits aktiv.");

    public static readonly ProblemMessage AlreadyOnCannotEnrol = new(
        "two_factor_already_on",
        AlreadyOnTitle,
        new LocalizedText(
            "Turn it off first to move to another authenticator app.",
            "Schalten Sie sie zuerst aus, um zu einer anderen Authenticator-App zu wechseln."));

    public static readonly ProblemMessage AlreadyOnConfirmed = new(
        "two_factor_already_on", AlreadyOnTitle, new LocalizedText("It was confirmed before.", "Sie wurde bereits bestätigt."));

    public static readonly ProblemMessage Off = new(
        "two_factor_off",
        new LocalizedText("Two-factor is off.", "Die Zwei-Faktor-Anmeldung ist ausgeschaltet."),
        new LocalizedText("Turn it on first.", "Schalten Sie sie zuerst ein."));

    public static readonly ProblemMessage OnlyThePersonThemselves = ForbiddenBecause(
        "two_factor_not_for_others",
        "Only the person themselves manages their two-factor sign-in, not someone acting for them.",
        "Nur die Person selbst verwaltet ihre Zwei-Faktor-Anmeldung, nicht jemand, der für sie handelt.");

    public static readonly FieldMessage EnrolmentCodeRequired = new(
        "code_required",
        "Give the 6-digit code your authenticator app shows.",
        "Geben Sie den 6-stelligen Code an, den Ihre Authenticator-App anzeigt.");

    public static readonly FieldMessage EnrolmentCodeMismatch = new(
        "code_mismatch",
        "The code does not match. Scan the latest QR code (start the enrolment again if needed) and give the current code.",
        "Der Code passt nicht. Scannen Sie den neuesten QR-Code (starten Sie die Einrichtung bei Bedarf neu) und geben Sie den aktuellen Code an.");

    public static readonly FieldMessage CodeRequired = new(
        "code_required",
        "Give the code from your authenticator app or a recovery code.",
        "Geben Sie den Code aus Ihrer Authenticator-App oder einen Wiederherstellungscode an.");

    public static readonly FieldMessage CodeInvalid = new(
        "code_invalid", "The code is invalid or was used already.", "Der Code ist ungültig oder wurde bereits verwendet.");
}
