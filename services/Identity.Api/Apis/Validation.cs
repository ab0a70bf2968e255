using System.Net.Mail;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Apis;

/// <summary>
/// Collects per-field errors for a 400 that names each field. Only catalogued <see cref="FieldMessage"/>s go in,
/// so each field's words come with a code (<c>errorCodes</c>) and in the caller's language.
/// </summary>
public sealed class Validation
{
    public const int EmailMaxLength = 256;
    public const int AccountNameMaxLength = 256;

    // Upper bounds of the id lists a person's scope holds (documented in docs/input-limits.md): far
    // above any real use, low enough that a request cannot make a check or an event absurdly large.
    public const int MaxAssignedObjects = 500;
    public const int MaxAccessibleCustomers = 1000;
    public const int MaxDepartments = 100;

    private readonly FieldErrors _errors = new();

    public bool IsValid => !_errors.Any;

    public Validation Add(string field, FieldMessage message)
    {
        _errors.Add(field, message);
        return this;
    }

    /// <summary>The 400 naming every bad field.</summary>
    public ValidationProblem ToProblem() => _errors.ToProblem();

    /// <summary>The same 400, typed as a problem for helpers whose one result type carries every refusal.</summary>
    public ProblemHttpResult ToProblemResult() => Application.Problems.FieldsRefused(_errors);

    public Validation Name(string field, string? value, bool required = true)
    {
        if (value is null ? required : value.Trim().Length is 0 or > User.NameMaxLength)
        {
            Add(field, ValidationMessages.NameLength.Format(User.NameMaxLength));
        }

        return this;
    }

    public Validation Email(string field, string? value)
    {
        var email = value?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > EmailMaxLength || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            Add(field, CommonFieldMessages.InvalidEmail);
        }

        return this;
    }

    public Validation Language(string field, string? value, bool required = true)
    {
        if (value is null ? required : !Languages.IsSupported(value))
        {
            Add(field, ValidationMessages.Language);
        }

        return this;
    }

    public Validation PortalAreas(string field, IReadOnlyList<string>? areas)
    {
        if (areas?.Except(Portal.Contracts.Identity.PortalAreas.All).ToList() is { Count: > 0 } unknown)
        {
            Add(field, ValidationMessages.UnknownPortalAreas.Format(string.Join(", ", unknown), string.Join(", ", Portal.Contracts.Identity.PortalAreas.All)));
        }

        return this;
    }

    public Validation EmailCategories(string field, IReadOnlyList<string>? categories)
    {
        var known = Portal.Contracts.Identity.EmailCategories.All;
        if (categories?.Except(known).ToList() is { Count: > 0 } unknown)
        {
            Add(field, ValidationMessages.UnknownEmailCategories.Format(string.Join(", ", unknown), string.Join(", ", known)));
        }

        return this;
    }

    public Validation MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, CommonFieldMessages.TooLong.Format(maxLength));
        }

        return this;
    }
}
