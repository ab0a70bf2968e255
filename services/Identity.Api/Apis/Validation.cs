using System.Net.Mail;
using Identity.Api.Model;
using Portal.Contracts.Identity;

namespace Identity.Api.Apis;

/// <summary>Collects per-field errors for a 400 that names each field.</summary>
public sealed class Validation
{
    public const int EmailMaxLength = 256;
    public const int AccountNameMaxLength = 256;

    // Upper bounds of the id lists a person's scope holds (documented in docs/input-limits.md): far
    // above any real use, low enough that a request cannot make a check or an event absurdly large.
    public const int MaxAssignedObjects = 500;
    public const int MaxAccessibleCustomers = 1000;
    public const int MaxDepartments = 100;

    private readonly Dictionary<string, string[]> _errors = [];

    public bool IsValid => _errors.Count == 0;
    public Dictionary<string, string[]> Errors => _errors;

    public Validation Add(string field, string message)
    {
        _errors[field] = [.. _errors.GetValueOrDefault(field, []), message];
        return this;
    }

    public Validation Name(string field, string? value, bool required = true)
    {
        if (value is null ? required : value.Trim().Length is 0 or > User.NameMaxLength)
        {
            Add(field, $"Give 1 to {User.NameMaxLength} characters.");
        }

        return this;
    }

    public Validation Email(string field, string? value)
    {
        var email = value?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > EmailMaxLength || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            Add(field, "Give a valid e-mail address.");
        }

        return this;
    }

    public Validation Language(string field, string? value, bool required = true)
    {
        if (value is null ? required : !Languages.IsSupported(value))
        {
            Add(field, "The language is \"de\" or \"en\".");
        }

        return this;
    }

    public Validation PortalAreas(string field, IReadOnlyList<string>? areas)
    {
        if (areas?.Except(Portal.Contracts.Identity.PortalAreas.All).ToList() is { Count: > 0 } unknown)
        {
            Add(field, $"Unknown portal areas: {string.Join(", ", unknown)}. Known: {string.Join(", ", Portal.Contracts.Identity.PortalAreas.All)}.");
        }

        return this;
    }

    public Validation MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }

        return this;
    }
}
