using Microsoft.AspNetCore.Http.HttpResults;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>
/// The problem details identity answers with, so that the same situation reads the same everywhere. Every
/// answer goes through <see cref="PortalProblems"/>, so none leaves without its <c>code</c>; the messages of
/// the general situations are here, those of one area beside its endpoints (InvitationProblems, ...).
/// </summary>
public static class Problems
{
    public static readonly ProblemMessage AccountCannotUsePortal = new(
        "account_cannot_use_portal", "Your account can no longer use the portal.", "Ihr Konto kann das Portal nicht mehr nutzen.");

    public static readonly ProblemMessage EmailTakenMessage = new(
        "email_taken",
        new LocalizedText("The e-mail address is taken.", "Die E-Mail-Adresse ist vergeben."),
        new LocalizedText("Another account already uses this e-mail address.", "Ein anderes Konto nutzt diese E-Mail-Adresse bereits."));

    public static readonly ProblemMessage AccountNameTakenMessage = new(
        "account_name_taken",
        new LocalizedText("The account name is taken.", "Der Kontoname ist vergeben."),
        new LocalizedText("Another account already uses this account name.", "Ein anderes Konto nutzt diesen Kontonamen bereits."));

    /// <summary>The title of every 403 of identity; the detail says which right is missing.</summary>
    public static readonly LocalizedText ForbiddenTitle = CommonProblems.Forbidden.Title;

    public static ProblemHttpResult NotSignedIn() => PortalProblems.Of(StatusCodes.Status401Unauthorized, AccountCannotUsePortal);

    /// <summary>Also the answer for other organizations' ids: their existence is never confirmed.</summary>
    public static ProblemHttpResult NotFound() => PortalProblems.Of(StatusCodes.Status404NotFound, CommonProblems.NotFound);

    /// <param name="field">The field the refusal is about, named in <c>errors</c> so that a form shows it there.</param>
    public static ProblemHttpResult Forbidden(ProblemMessage message, string? field = null) =>
        PortalProblems.Of(StatusCodes.Status403Forbidden, message, field);

    public static ProblemHttpResult Conflict(ProblemMessage message, string? field = null) =>
        PortalProblems.Of(StatusCodes.Status409Conflict, message, field);

    public static ProblemHttpResult Gone(ProblemMessage message) => PortalProblems.Of(StatusCodes.Status410Gone, message);

    public static ProblemHttpResult EmailTaken() => Conflict(EmailTakenMessage, "email");

    public static ProblemHttpResult AccountNameTaken() => Conflict(AccountNameTakenMessage, "accountName");

    /// <summary>
    /// A 400 in the shape of a validation problem (<c>errors</c>, <c>errorCodes</c>), typed as a problem so
    /// that one result type carries every refusal of a helper.
    /// </summary>
    public static ProblemHttpResult FieldRefused(string field, FieldMessage message) => FieldsRefused(FieldErrors.Of(field, message));

    /// <inheritdoc cref="FieldRefused"/>
    public static ProblemHttpResult FieldsRefused(FieldErrors errors) => TypedResults.Problem(PortalProblems.ToValidationProblemDetails(errors));

    /// <summary>A problem of <paramref name="message"/> whose title is the common "You may not do this."</summary>
    public static ProblemMessage ForbiddenBecause(string code, string englishDetail, string germanDetail) =>
        new(code, ForbiddenTitle, new LocalizedText(englishDetail, germanDetail));
}
