using Microsoft.AspNetCore.Http;
using Portal.ServiceDefaults.Errors;

namespace Portal.ServiceDefaults.Text;

/// <summary>
/// The same refusal for the query string (<c>search=</c>, <c>text=</c>, ...) and the path, before any
/// endpoint sees them: 400 with the parameter's name. Paths a service answers in its own protocol's
/// error format (identity's OpenID endpoints) are left to it.
/// </summary>
public sealed class QueryTextMiddleware(RequestDelegate next, IProblemDetailsService problems, TextBoundaryOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (options.OwnFormatPaths.Any(path => context.Request.Path.StartsWithSegments(path)) || RefusedField(context.Request) is not { } field)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = PortalProblems.ToValidationProblemDetails(
                FieldErrors.Of(field, CommonFieldMessages.ControlCharacter), CommonProblems.Unreadable),
        });
    }

    private static string? RefusedField(HttpRequest request)
    {
        if (ControlCharacters.AreIn(request.Path.Value))
        {
            return "path";
        }

        foreach (var (name, values) in request.Query)
        {
            if (ControlCharacters.AreIn(name))
            {
                return "query";
            }

            if (values.Any(value => ControlCharacters.AreIn(value)))
            {
                return name;
            }
        }

        return null;
    }
}

/// <summary>Where <see cref="QueryTextMiddleware"/> steps aside.</summary>
public sealed class TextBoundaryOptions
{
    public List<PathString> OwnFormatPaths { get; } = [];
}
