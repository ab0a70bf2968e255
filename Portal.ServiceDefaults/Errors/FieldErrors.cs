using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Portal.ServiceDefaults.Errors;

/// <summary>
/// Collects what is wrong with each field, so that one 400 names every bad field at once: the words in
/// <c>errors</c> (as ASP.NET Core's validation problems have them) and the codes beside them in
/// <c>errorCodes</c>, in the same order.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<FieldMessage>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IEnumerable<string> Fields => _errors.Keys;

    public FieldErrors Add(string field, FieldMessage message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Field to its messages, in the language of the request being answered.</summary>
    public Dictionary<string, string[]> Messages() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.Text.Current).ToArray(), StringComparer.Ordinal);

    /// <summary>Field to its codes, in the order of <see cref="Messages"/>.</summary>
    public Dictionary<string, string[]> Codes() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.Code).ToArray(), StringComparer.Ordinal);

    public ValidationProblem ToProblem() => PortalProblems.Validation(this);

    public static FieldErrors Of(string field, FieldMessage message) => new FieldErrors().Add(field, message);
}
