using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Testing;

/// <summary>The fields of identity's login page that a browser sends back: the antiforgery token and the return URL.</summary>
public static partial class LoginForm
{
    public static string AntiforgeryName(string html) => Hidden().Match(html).Groups[1].Value;

    public static string AntiforgeryValue(string html) => Hidden().Match(html).Groups[2].Value;

    public static string ReturnUrl(string html) => WebUtility.HtmlDecode(ReturnUrlField().Match(html).Groups[1].Value);

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex Hidden();

    [GeneratedRegex("name=\"returnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrlField();
}
