using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Apis;

/// <summary>Why an organization's security policy cannot be set.</summary>
public static class SecurityPolicyProblems
{
    public static readonly ProblemMessage OwnTwoFactorFirst = new(
        "own_two_factor_required",
        new LocalizedText("Turn on two-factor for yourself first.", "Schalten Sie zuerst für sich selbst die Zwei-Faktor-Anmeldung ein."),
        new LocalizedText(
            "Requiring it while you have none would leave you unable to manage anything until you enrol.",
            "Sie zu verlangen, während Sie selbst keine haben, ließe Sie nichts mehr verwalten, bis Sie sie einrichten."));
}
