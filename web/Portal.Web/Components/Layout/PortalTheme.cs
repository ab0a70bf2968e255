using MudBlazor;

namespace Portal.Web.Components.Layout;

public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2857a4",
            AppbarBackground = "#2857a4",
            Background = "#f5f7fa",
        },
        // The machines have no web fonts; the system's sans-serif reads well in both languages.
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"] },
        },
    };
}
