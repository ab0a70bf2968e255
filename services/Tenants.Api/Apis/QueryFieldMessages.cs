using Portal.ServiceDefaults.Errors;

namespace Tenants.Api.Apis;

/// <summary>Why a query value of a list is refused.</summary>
public static class QueryFieldMessages
{
    public static readonly FieldMessage NotABoolean = new("not_a_boolean", "Give true or false.", "Geben Sie true oder false an.");

    /// <summary>{0}, {1}: the smallest and the largest number.</summary>
    public static readonly FieldMessage NumberOutOfRange = new(
        "number_out_of_range", "Give a whole number from {0} to {1}.", "Geben Sie eine ganze Zahl von {0} bis {1} an.");
}
