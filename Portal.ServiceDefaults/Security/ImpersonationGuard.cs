using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Messaging;

namespace Portal.ServiceDefaults.Security;

/// <summary>
/// Runs for every request made with an impersonation token, in every service: refuses it once the
/// token has expired (at <c>exp</c> itself, whatever clock skew the token handler allows) or the customer's
/// approval it was issued under has ended (<see cref="ISupportAccessWindows"/>), refuses
/// changes unless the token grants full access, and records the request, refused or not, as
/// <see cref="ImpersonatedRequestMade"/> through the service's outbox for identity's audit log.
/// </summary>
public sealed partial class ImpersonationGuard<TContext>(
    RequestDelegate next,
    IServiceScopeFactory scopes,
    IProblemDetailsService problemDetails,
    TimeProvider clock,
    IHostEnvironment environment,
    ILogger<ImpersonationGuard<TContext>> logger)
    where TContext : DbContext
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.GetImpersonation() is not { } impersonation)
        {
            await next(context);
            return;
        }

        var completed = false;
        try
        {
            if (impersonation.ExpiresAt is not { } expiresAt || expiresAt <= clock.GetUtcNow())
            {
                await RefuseAsync(context, StatusCodes.Status401Unauthorized, ImpersonationProblems.Ended);
            }
            else if (impersonation.SupportAccessId is { } supportAccessId && !await IsOpenAsync(context, supportAccessId))
            {
                await RefuseAsync(context, StatusCodes.Status401Unauthorized, ImpersonationProblems.SupportAccessEnded);
            }
            else if (!impersonation.FullAccess && !IsSafe(context.Request.Method))
            {
                await RefuseAsync(context, StatusCodes.Status403Forbidden, ImpersonationProblems.ReadOnly);
            }
            else
            {
                await next(context);
            }

            completed = true;
        }
        finally
        {
            // An exception becomes a 500 further out, after this guard has run. A service asking identity about the
            // window is not the person's request.
            if (context.GetEndpoint()?.Metadata.GetMetadata<SupportAccessCheckEndpoint>() is null)
            {
                await RecordAsync(context, impersonation, completed ? context.Response.StatusCode : StatusCodes.Status500InternalServerError);
            }
        }
    }

    // A service that cannot tell (nothing registered) treats the window as closed.
    private static async Task<bool> IsOpenAsync(HttpContext context, Guid supportAccessId) =>
        context.RequestServices.GetService<ISupportAccessWindows>() is { } windows
        && await windows.IsActiveAsync(supportAccessId, context.RequestAborted);

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private async Task RefuseAsync(HttpContext context, int status, ProblemMessage message)
    {
        context.Response.StatusCode = status;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = PortalProblems.ToProblemDetails(status, message),
        });
    }

    // A fresh scope: the request's own context may hold changes that failed to save.
    private async Task RecordAsync(HttpContext context, Impersonation impersonation, int status)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            db.AddIntegrationEvent(
                new ImpersonatedRequestMade(
                    impersonation.ActorUserId,
                    context.User.GetUserId() ?? Guid.Empty,
                    context.User.GetOrganizationId() ?? Guid.Empty,
                    environment.ApplicationName,
                    context.Request.Method,
                    context.Request.Path.Value ?? "/",
                    status,
                    clock.GetUtcNow(),
                    context.Connection.RemoteIpAddress?.ToString()),
                clock);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            LogNotRecorded(logger, ex, context.Request.Method, context.Request.Path.Value);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An impersonated request {Method} {Path} could not be recorded for the audit log")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, string method, string? path);
}

public static class ImpersonationGuardExtensions
{
    /// <summary>
    /// Guards and audits requests made with impersonation tokens; call it right after
    /// <c>UseAuthentication</c>, with the DbContext that holds the service's outbox.
    /// </summary>
    public static IApplicationBuilder UseImpersonationGuard<TContext>(this IApplicationBuilder app) where TContext : DbContext =>
        app.UseMiddleware<ImpersonationGuard<TContext>>();
}
