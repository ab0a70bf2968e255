using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
    /// the code and the words of its status in the caller's language, instead of English defaults.
    /// </summary>
    private static void WordProblemOfTheFramework(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        if (problem.Extensions.ContainsKey(PortalProblems.CodeMember))
        {
            return;
        }

        var message = CommonProblems.ForStatus(problem.Status ?? StatusCodes.Status500InternalServerError);
        problem.Extensions[PortalProblems.CodeMember] = message.Code;
        problem.Title = message.Title.Current;
        problem.Detail = message.Detail?.Current;
    }
}
