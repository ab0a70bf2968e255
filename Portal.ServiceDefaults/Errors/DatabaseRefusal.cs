using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Portal.ServiceDefaults.Errors;

/// <summary>
/// The backstop behind the text boundary: a value PostgreSQL refuses for what it is (a character it
/// cannot store, a text longer than its column) was the client's input, so the answer is 400, not 500.
/// Nothing was written: the statement failed.
/// </summary>
public static class DatabaseRefusal
{
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        [PostgresErrorCodes.CharacterNotInRepertoire] = "The text holds a character that cannot be stored.",
        [PostgresErrorCodes.UntranslatableCharacter] = "The text holds a character that cannot be stored.",
        [PostgresErrorCodes.StringDataRightTruncation] = "A text is longer than allowed.",
    };

    public static ProblemDetails? Of(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException { SqlState: var state } && Reasons.TryGetValue(state, out var reason))
            {
                return new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The request could not be stored.", Detail = reason };
            }
        }

        return null;
    }
}
