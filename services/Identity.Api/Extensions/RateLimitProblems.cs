using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Extensions;

/// <summary>The answer when an address tries credentials or tokens too often (<see cref="RateLimitingExtensions"/>).</summary>
public static class RateLimitProblems
{
    /// <summary>{0}: seconds to wait.</summary>
    public static readonly ProblemMessage TooManyAttempts = new(
        "too_many_attempts",
        new LocalizedText("Too many requests", "Zu viele Anfragen"),
        new LocalizedText(
            "Too many attempts from this address. Try again in {0} seconds.",
            "Zu viele Versuche von dieser Adresse. Versuchen Sie es in {0} Sekunden erneut."));
}
