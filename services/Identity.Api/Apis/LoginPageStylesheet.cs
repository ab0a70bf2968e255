namespace Identity.Api.Apis;

/// <summary>
/// The sign-in pages' look: the colours and type of the web app's MudBlazor theme
/// (web/Portal.Web/Components/Layout/PortalTheme.cs), so that leaving the app for identity's page does
/// not feel like leaving the portal. Served by identity itself: the gateway routes /account/** here.
/// </summary>
public static class LoginPageStylesheet
{
    public const string Path = "/account/assets/sign-in.css";

    public static IEndpointRouteBuilder MapLoginPageStylesheet(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return TypedResults.Text(Css, "text/css; charset=utf-8");
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private const string Css = """
        :root { --primary: #2857a4; --primary-dark: #1f4582; --background: #f5f7fa; --text: rgba(0, 0, 0, .87);
          --secondary-text: rgba(0, 0, 0, .6); --line: rgba(0, 0, 0, .23); --error: #f44336; --error-background: #fdecea; }
        * { box-sizing: border-box; }
        body { margin: 0; min-height: 100vh; background: var(--background); color: var(--text);
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: .875rem; line-height: 1.43; }
        .bar { height: 64px; display: flex; align-items: center; padding: 0 24px; background: var(--primary); color: #fff;
          box-shadow: 0 2px 4px -1px rgba(0, 0, 0, .2), 0 4px 5px 0 rgba(0, 0, 0, .14); }
        .brand { font-size: 1.25rem; font-weight: 500; letter-spacing: .0075em; }
        .card { max-width: 420px; margin: 48px auto; padding: 24px; background: #fff; border-radius: 4px;
          box-shadow: 0 2px 1px -1px rgba(0, 0, 0, .2), 0 1px 1px 0 rgba(0, 0, 0, .14), 0 1px 3px 0 rgba(0, 0, 0, .12); }
        h1 { margin: 0 0 16px; font-size: 1.5rem; font-weight: 400; line-height: 1.334; overflow-wrap: anywhere; }
        form { display: flex; flex-direction: column; gap: 16px; }
        .field { display: flex; flex-direction: column; gap: 4px; }
        label { color: var(--secondary-text); }
        input { font: inherit; font-size: 1rem; color: var(--text); padding: 10px 12px; border: 1px solid var(--line); border-radius: 4px; }
        input:focus { outline: none; border-color: var(--primary); box-shadow: inset 0 0 0 1px var(--primary); }
        button, .external-login { font: inherit; font-weight: 500; letter-spacing: .02857em; text-transform: uppercase;
          padding: 8px 22px; border-radius: 4px; cursor: pointer; text-align: center; text-decoration: none; display: block; }
        button { border: 0; color: #fff; background: var(--primary); box-shadow: 0 3px 1px -2px rgba(0, 0, 0, .2), 0 2px 2px 0 rgba(0, 0, 0, .14); }
        button:hover, button:focus-visible { background: var(--primary-dark); }
        a { color: var(--primary); }
        .alert { margin: 0 0 16px; padding: 6px 16px; border-radius: 4px; color: #5f2120; background: var(--error-background); }
        .hint { margin: 0 0 16px; color: var(--secondary-text); }
        .links { margin: 16px 0 0; }
        .or { display: flex; align-items: center; gap: 12px; margin: 24px 0 16px; color: var(--secondary-text); }
        .or::before, .or::after { content: ""; flex: 1; border-top: 1px solid rgba(0, 0, 0, .12); }
        .external-logins { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
        .external-login { color: var(--primary); border: 1px solid rgba(40, 87, 164, .5); }
        .external-login:hover, .external-login:focus-visible { background: rgba(40, 87, 164, .04); }
        """;
}
