namespace Identity.Api.Apis;

/// <summary>The frame of every sign-in page: the portal's bar and a card, in the web app's look.</summary>
public static class LoginPageLayout
{
    public static LoginPageHtml Document(LoginPageTexts texts, string title, LoginPageHtml content) => LoginPageHtml.Of($"""
        <!doctype html>
        <html lang="{texts.Language}">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{title} · Portal</title>
          <link rel="stylesheet" href="{LoginPageStylesheet.Path}">
        </head>
        <body>
          <header class="bar"><span class="brand">Portal</span></header>
          <main class="card">
        {content}
          </main>
        </body>
        </html>
        """);

    /// <summary>A page that only says what happened and leads back to the sign-in.</summary>
    public static LoginPageHtml Message(LoginPageTexts texts, string title, string message, string loginUrl) => Document(texts, title, LoginPageHtml.Of($"""
            <h1>{title}</h1>
            <p class="alert" role="alert">{message}</p>
            <p><a href="{loginUrl}">{texts.BackToSignIn}</a></p>
        """));

    public static IResult Result(LoginPageHtml page, int statusCode) =>
        TypedResults.Content(page.Value, "text/html; charset=utf-8", statusCode: statusCode);
}
