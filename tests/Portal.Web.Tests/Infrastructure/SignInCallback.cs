using System.Web;
using Microsoft.Playwright;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// The sign-in's callback as the browser sent it to the portal (identity's page posts the code to
/// /signin-oidc), kept so that a test can send it once more, as a browser's history or a second tab would;
/// and the state of the sign-in in flight, so that a test can answer it with an error in identity's place.
/// </summary>
public sealed class SignInCallback
{
    private IRequest? _sent;
    private string? _state;

    private SignInCallback()
    {
    }

    /// <summary>Starts watching <paramref name="page"/>; the last callback it sends is the one kept.</summary>
    public static SignInCallback WatchOn(IPage page)
    {
        var callback = new SignInCallback();
        page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (request.IsNavigationRequest && url.AbsolutePath == "/signin-oidc")
            {
                callback._sent = request;
            }
            else if (request.IsNavigationRequest && url.AbsolutePath == "/connect/authorize")
            {
                callback._state = HttpUtility.ParseQueryString(url.Query)["state"];
            }
        };
        return callback;
    }

    /// <summary>
    /// Answers the sign-in in flight with <paramref name="error"/> (access_denied: the person or identity refused),
    /// as identity's redirect would; identity itself gives no such answer to the portal's own sign-in today.
    /// </summary>
    public async Task AnswerWithErrorAsync(IPage page, string error)
    {
        var state = _state ?? throw new InvalidOperationException("The page has started no sign-in.");
        await page.GotoAsync($"/signin-oidc?error={Uri.EscapeDataString(error)}&state={Uri.EscapeDataString(state)}");
    }

    /// <summary>Sends the same callback again from <paramref name="page"/>: the same address, the same form.</summary>
    public async Task SendAgainAsync(IPage page)
    {
        var sent = _sent ?? throw new InvalidOperationException("The page has sent no sign-in callback.");
        if (sent.Method == "GET")
        {
            await page.GotoAsync(sent.Url);
            return;
        }

        // A form of the page, as identity's own: a request from the test's side would carry none of the browser's cookies.
        await page.EvaluateAsync(
            """
            ([action, body]) => {
                const form = document.createElement('form');
                form.method = 'post';
                form.action = action;
                for (const [name, value] of new URLSearchParams(body)) {
                    const field = document.createElement('input');
                    field.type = 'hidden';
                    field.name = name;
                    field.value = value;
                    form.append(field);
                }
                document.body.append(form);
                form.submit();
            }
            """,
            new[] { sent.Url, sent.PostData ?? "" });
    }
}
