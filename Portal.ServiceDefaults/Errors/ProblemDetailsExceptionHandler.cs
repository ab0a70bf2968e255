using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Portal.ServiceDefaults.Text;

namespace Portal.ServiceDefaults.Errors;

/// <summary>
/// Turns exceptions into problem details. Unreadable input (malformed JSON, a value of the wrong
/// type) is the client's mistake and answers 400 naming the field; anything else is ours: 500
/// without internals.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            BadHttpRequestException bad => ToValidationProblem(bad),
            _ when DatabaseRefusal.Of(exception) is { } refusal => refusal,
            // ASP.NET Core's form reader refuses a NUL (and malformed encodings) while decoding a field.
            InvalidDataException => new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["form"] = [ControlCharacters.Refusal] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request could not be read.",
            },
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                new ProblemDetails { Status = 499, Title = "The client closed the request." },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
            },
        };

        if (problem.Status >= 500)
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

    private static HttpValidationProblemDetails ToValidationProblem(BadHttpRequestException exception)
    {
        // Minimal APIs wrap the JSON error; its path ("$.priority") names the offending field.
        var json = exception.InnerException as JsonException;
        var field = json?.Path is { Length: > 0 } path ? path.TrimStart('$', '.') : "body";
        var reason = json is null ? exception.Message : "The value could not be read: " + FirstSentence(json.Message);
        return new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field.Length == 0 ? "body" : field] = [reason],
        })
        {
            Status = exception.StatusCode,
            Title = "The request could not be read.",
        };
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
