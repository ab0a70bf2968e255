namespace Portal.Web.Components.Account;

/// <summary>Why a link from an e-mail no longer works; each has its own advice on the page.</summary>
public enum LinkProblem
{
    None,
    Missing,
    Invalid,
    Used,
    Expired,
}
