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
    private static readonly Dictionary<string, FieldMessage> Reasons = new(StringComparer.Ordinal)
    {
        [PostgresErrorCodes.CharacterNotInRepertoire] = CommonFieldMessages.TextNotStorable,
        [PostgresErrorCodes.UntranslatableCharacter] = CommonFieldMessages.TextNotStorable,
        [PostgresErrorCodes.StringDataRightTruncation] = CommonFieldMessages.TextTooLongToStore,
    };

    public static ProblemDetails? Of(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException { SqlState: var state } && Reasons.TryGetValue(state, out var reason))
            {
                // The database does not say which field; the problem names the request as a whole.
                return PortalProblems.ToValidationProblemDetails(FieldErrors.Of("request", reason), CommonProblems.NotStored);
            }
        }

        return null;
    }
}
