using Microsoft.AspNetCore.Http.HttpResults;
using Portal.ServiceDefaults.Errors;

namespace Assets.Api.Apis.Common;

/// <summary>
/// Collects per-field messages so that one 400 answer names every bad field at once; the common checks of
/// the assets API (texts, vocabularies, ids) on top of <see cref="FieldErrors"/>, which gives each its code.
/// </summary>
public sealed class ValidationErrors
{
    private readonly FieldErrors _errors = new();

    public bool Any => _errors.Any;

    public void Add(string field, FieldMessage message) => _errors.Add(field, message);

    /// <summary>The 400 naming every field collected, with <c>code</c> and <c>errorCodes</c>.</summary>
    public ValidationProblem ToProblem() => _errors.ToProblem();

    /// <summary>Trims <paramref name="value"/>; a missing or over-long required text is an error.</summary>
    public string RequiredText(string field, string? value, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || text.Length > maxLength)
        {
            Add(field, CommonFieldMessages.RequiredText.Format(maxLength));
        }

        return text;
    }

    /// <summary>Trims <paramref name="value"/>; empty becomes null, over-long is an error.</summary>
    public string? OptionalText(string field, string? value, int maxLength)
    {
        var text = value?.Trim();
        if (text?.Length > maxLength)
        {
            Add(field, CommonFieldMessages.TooLong.Format(maxLength));
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
                Add(field, CommonFieldMessages.RequiredOneOf.Format(string.Join(", ", allowed)));
            }

            return null;
        }

        if (!allowed.Contains(value))
        {
            Add(field, CommonFieldMessages.NotOneOf.Format(string.Join(", ", allowed)));
            return null;
        }

        return value;
    }

    /// <summary>"true" or "false" from the query string; anything else is an error.</summary>
    public void OptionalBoolean(string field, string? value)
    {
        if (value is not (null or "true" or "false"))
        {
            Add(field, AssetsFieldMessages.NotABoolean);
        }
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

        Add(field, CommonFieldMessages.NotAnId);
        return null;
    }
}
