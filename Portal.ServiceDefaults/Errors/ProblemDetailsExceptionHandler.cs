using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Portal.ServiceDefaults.Localization;

namespace Portal.ServiceDefaults.Errors;

/// <summary>
/// Turns exceptions into problem details. Unreadable input (malformed JSON, a value of the wrong
/// type) is the client's mistake and answers 400 naming the field; an unreachable database is 503
/// with <c>Retry-After</c>; anything else is ours: 500 without internals.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        httpContext.ApplyRequestLanguage();
        ProblemDetails problem = exception switch
        {
            BadHttpRequestException bad => UnreadableRequest.ToProblem(bad, httpContext),
            _ when DatabaseRefusal.Of(exception) is { } refusal => refusal,
            _ when DatabaseUnavailable.Of(exception, httpContext) is { } unavailable => unavailable,
            // ASP.NET Core's form reader refuses a NUL (and malformed encodings) while decoding a field.
            InvalidDataException => PortalProblems.ToValidationProblemDetails(
                FieldErrors.Of("form", CommonFieldMessages.ControlCharacter), CommonProblems.Unreadable),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                PortalProblems.ToProblemDetails(499, CommonProblems.ClientClosedRequest),
            _ => PortalProblems.ToProblemDetails(StatusCodes.Status500InternalServerError, CommonProblems.Unexpected),
        };

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            LogUnavailable(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }
        else if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable on {Method} {Path}; answered 503")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
