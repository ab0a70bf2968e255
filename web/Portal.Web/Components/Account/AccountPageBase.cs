using Microsoft.AspNetCore.Components;

namespace Portal.Web.Components.Account;

/// <summary>
/// What every account page has: the language, identity, the token from the link, and the answer to
/// the last submission. Rendered statically: each submission is a new request.
/// </summary>
public abstract class AccountPageBase : ComponentBase
{
    [Inject]
    protected AccountLocalizer T { get; set; } = null!;

    [Inject]
    protected IdentityAccountClient Identity { get; set; } = null!;

    [CascadingParameter]
    protected HttpContext? HttpContext { get; set; }

    /// <summary>The token of the link from the e-mail (pages without a link ignore it).</summary>
    [SupplyParameterFromQuery(Name = "token")]
    public string? Token { get; set; }

    /// <summary>Identity's answer to this request's submission; null before anything was submitted.</summary>
    protected AccountApiResult? Result { get; set; }

    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>A link without a token, or the token identity refused.</summary>
    protected LinkProblem Problem =>
        string.IsNullOrWhiteSpace(Token) ? LinkProblem.Missing
        : Result is null ? LinkProblem.None
        : AccountFeedback.LinkProblemOf(Result);

    protected bool Succeeded => Result is { Succeeded: true };

    protected string[] ErrorsOf(string field) => AccountFeedback.FieldErrors(Result, field);

    protected string? FormError(params string[] fields) => AccountFeedback.FormError(Result, T, fields);
}
