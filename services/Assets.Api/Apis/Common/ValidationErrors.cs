namespace Assets.Api.Apis.Common;

/// <summary>Collects per-field messages so that one 400 answer names every bad field at once.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Trims <paramref name="value"/>; a missing or over-long required text is an error.</summary>
    public string RequiredText(string field, string? value, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || text.Length > maxLength)
        {
            Add(field, $"Required, 1 to {maxLength} characters.");
        }

        return text;
    }

    /// <summary>Trims <paramref name="value"/>; empty becomes null, over-long is an error.</summary>
    public string? OptionalText(string field, string? value, int maxLength)
    {
        var text = value?.Trim();
        if (text?.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A value from a fixed list (lower-case); unknown values are an error naming the allowed ones.</summary>
    public string? OneOf(string field, string? value, IReadOnlyList<string> allowed, bool required = false)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, $"Required, one of: {string.Join(", ", allowed)}.");
            }

            return null;
        }

        if (!allowed.Contains(value))
        {
            Add(field, $"Must be one of: {string.Join(", ", allowed)}.");
            return null;
        }

        return value;
    }

    /// <summary>A GUID from the query string; named in the answer when it is not one.</summary>
    public Guid? OptionalGuid(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        Add(field, "Must be an id (GUID).");
        return null;
    }
}
