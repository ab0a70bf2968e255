using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.ServiceDefaults.Localization;

namespace Portal.ServiceDefaults.Errors;

public static class ProblemDetailsExtensions
{
    /// <summary>
    /// Every error leaves a service as RFC 9457 problem details carrying the trace id, so that an
    /// error a user reports can be found in the traces.
    /// </summary>
    public static TBuilder AddDefaultProblemDetails<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.HttpContext.ApplyRequestLanguage();
            if (!context.HttpContext.Response.HasStarted)
            {
                context.HttpContext.Response.Headers.ContentLanguage = System.Globalization.CultureInfo.CurrentUICulture.Name;
            }

            var traceId = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Extensions.TryAdd("traceId", traceId);
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            WordProblemOfTheFramework(context.ProblemDetails);
        });
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return builder;
    }

    /// <summary>
    /// Our own problems carry a code (<see cref="PortalProblems"/>). One without is the framework's (a bare
    /// 404 or 405 through the status-code pages, a 415 of minimal APIs, an authentication challenge): it gets
    /// the code of its status, and where its words are the framework's English defaults, ours in the caller's
    /// language.
    /// </summary>
    private static void WordProblemOfTheFramework(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        if (problem.Extensions.ContainsKey(PortalProblems.CodeMember))
        {
            return;
        }

        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        var message = CommonProblems.ForStatus(status);
        problem.Extensions[PortalProblems.CodeMember] = message.Code;
        if (problem.Title is null || FrameworkTitles.Contains(problem.Title) || problem.Title == ReasonPhrases.GetReasonPhrase(status))
        {
            problem.Title = message.Title.Current;
            problem.Detail ??= message.Detail?.Current;
        }
    }

    /// <summary>Titles ASP.NET Core gives problems it makes itself, besides the status's reason phrase.</summary>
    private static readonly HashSet<string> FrameworkTitles = new(StringComparer.Ordinal)
    {
        "An error occurred while processing your request.",
        "One or more validation errors occurred.",
    };
}
