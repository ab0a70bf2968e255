using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;

namespace Notifications.Api.Mailing;

/// <summary>
/// Renders the mail templates kept as files: <c>Templates/&lt;kind&gt;/&lt;language&gt;.subject.liquid</c>,
/// <c>.html.liquid</c> and <c>.txt.liquid</c> (Liquid syntax, Fluid). Parsed templates are cached.
/// </summary>
public sealed class MailTemplates(IHostEnvironment environment)
{
    public static readonly IReadOnlyList<string> Languages = ["de", "en"];

    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _cache = new();

    public async Task<RenderedMail> RenderAsync(string kind, string language, IReadOnlyDictionary<string, string> values)
    {
        // An unknown language is not the recipient's fault: they get the default rather than nothing.
        var lang = Languages.Contains(language) ? language : Languages[0];
        var subject = await RenderAsync(kind, lang, "subject", values, NullEncoder.Default);
        var html = await RenderAsync(kind, lang, "html", values, HtmlEncoder.Default);
        var text = await RenderAsync(kind, lang, "txt", values, NullEncoder.Default);
        return new RenderedMail(lang, subject.Trim(), html, text);
    }

    private async Task<string> RenderAsync(string kind, string language, string part, IReadOnlyDictionary<string, string> values, TextEncoder encoder)
    {
        var template = _cache.GetOrAdd($"{kind}/{language}.{part}", Parse);
        var context = new TemplateContext();
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        return await template.RenderAsync(context, encoder);
    }

    private IFluidTemplate Parse(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Templates", name + ".liquid");
        if (!File.Exists(path))
        {
            path = Path.Combine(environment.ContentRootPath, "Templates", name + ".liquid");
        }

        var source = File.ReadAllText(path);
        return Parser.TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"Mail template {name} does not parse: {error}");
    }
}
