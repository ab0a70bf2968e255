using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Portal.ServiceDefaults.Errors;

/// <summary>
/// PostgreSQL is unreachable (stopped, restarting, refusing connections) after the few quick retries
/// the DbContext makes: the request is answered 503 with <c>Retry-After</c>, so that a client knows to
/// come back, instead of a 500 that says the request itself was wrong. Nothing of the request was
/// written: its statement or transaction never completed.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>What the client is told to wait: about what PostgreSQL needs to come back after a restart.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// A server that is shutting down, crashed or still starting ends or refuses connections with these;
    /// Npgsql does not count them transient, but the next connection (after a restart) works.
    /// </summary>
    public static readonly string[] ShutdownCodes =
        [PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CrashShutdown, PostgresErrorCodes.CannotConnectNow];

    /// <summary>Whether the exception (or one inside it) says the database could not be reached, not that the request was wrong.</summary>
    public static bool IsTransient(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is RetryLimitExceededException || inner is NpgsqlException { IsTransient: true }
                || inner is PostgresException { SqlState: var state } && ShutdownCodes.Contains(state))
            {
                return true;
            }
        }

        return false;
    }

    public static ProblemDetails? Of(Exception exception, HttpContext context)
    {
        if (!IsTransient(exception))
        {
            return null;
        }

        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return PortalProblems.ToProblemDetails(StatusCodes.Status503ServiceUnavailable, CommonProblems.ServiceUnavailable.WithDetail(RetryAfterSeconds));
    }
}
