using System.ComponentModel;

namespace Portal.ServiceDefaults.OpenApi;

/// <summary>
/// The shape of every error answer as the documents describe it (schema <c>ProblemDetails</c>): RFC 9457 problem
/// details plus Portal's members. Only for the documents; services answer through
/// <see cref="Errors.PortalProblems"/>, which fills exactly these members.
/// </summary>
internal sealed record DocumentedProblem(
    [property: Description("A URI naming the kind of problem (RFC 9110 section for the status).")] string? Type,
    [property: Description("A short summary, in the caller's language (the token's locale, else Accept-Language, else English).")] string Title,
    [property: Description("The HTTP status.")] int Status,
    [property: Description("What happened and what to do, in the caller's language.")] string? Detail,
    [property: Description("The request path.")] string? Instance,
    [property: Description("Stable, machine-readable code of the problem (e.g. validation_failed, not_found): the same in every language; act on this, not on the words.")] string Code,
    [property: Description("Per field (camelCase, dotted for nested fields): what is wrong with it, in the caller's language.")] IReadOnlyDictionary<string, string[]>? Errors,
    [property: Description("Per field: the stable codes of the messages in errors, in the same order (e.g. required_text, too_long, not_one_of).")] IReadOnlyDictionary<string, string[]>? ErrorCodes,
    [property: Description("The trace of the request, to find it in the logs and traces when reporting it.")] string? TraceId);
