using System.Globalization;
using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Apis;

/// <summary>
/// Query string values of identity's lists, read as the caller wrote them: a value that is not what the field
/// takes is named in the 400 (<see cref="Validation"/>) instead of being dropped or answered with a 500.
/// </summary>
public static class QueryValues
{
    public static Guid? Id(Validation validation, string field, string? value, FieldMessage whenNotAnId)
    {
        if (value is null)
        {
            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        validation.Add(field, whenNotAnId);
        return null;
    }

    public static int? Number(Validation validation, string field, string? value, int min, int max)
    {
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        validation.Add(field, AuditProblems.NotANumberInRange.Format(min, max));
        return null;
    }
}
