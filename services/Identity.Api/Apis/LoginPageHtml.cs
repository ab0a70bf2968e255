using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Identity.Api.Apis;

/// <summary>
/// A piece of markup that is safe to write as it is: built only through <see cref="Of"/>, whose
/// interpolation holes encode every string, so no value can reach the page unencoded by mistake.
/// </summary>
public readonly record struct LoginPageHtml(string Value)
{
    public static readonly LoginPageHtml Empty = new("");

    public static LoginPageHtml Of(ref LoginPageHtmlHandler html) => new(html.ToStringAndClear());

    public static LoginPageHtml Join(IEnumerable<LoginPageHtml> parts) => new(string.Concat(parts.Select(p => p.Value)));

    public override string ToString() => Value;
}

/// <summary>Literal parts are written as they are (they are our markup); holes are HTML-encoded.</summary>
[InterpolatedStringHandler]
public ref struct LoginPageHtmlHandler
{
    // German umlauts stay readable in the source of the page; only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _builder;

    public LoginPageHtmlHandler(int literalLength, int formattedCount) => _builder = new StringBuilder(literalLength + formattedCount * 16);

    public readonly void AppendLiteral(string literal) => _builder.Append(literal);

    public readonly void AppendFormatted(string? value) => _builder.Append(Encoder.Encode(value ?? ""));

    public readonly void AppendFormatted(int value) => _builder.Append(value);

    public readonly void AppendFormatted(LoginPageHtml html) => _builder.Append(html.Value);

    public readonly string ToStringAndClear()
    {
        var text = _builder.ToString();
        _builder.Clear();
        return text;
    }
}
