using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Portal.Web.Localization;

/// <summary>
/// MudBlazor asks this for its components' texts: in the page's UI culture, from <see cref="MudResource"/>.
/// A key this app has no words for (one a newer MudBlazor adds) is "not found", and MudBlazor says it in English.
/// </summary>
public sealed class PortalMudLocalizer(IStringLocalizer<MudResource> texts) : MudLocalizer
{
    public override LocalizedString this[string key] => texts[key];

    public override LocalizedString this[string key, params object[] arguments] => texts[key, arguments];
}

public static class PortalMudLocalizerExtensions
{
    /// <summary>After AddMudServices: replaces MudBlazor's English-only localizer.</summary>
    public static IServiceCollection AddMudLocalization(this IServiceCollection services) =>
        services.AddTransient<MudLocalizer, PortalMudLocalizer>();
}
