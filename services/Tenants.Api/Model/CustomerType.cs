using Portal.Contracts.Organizations;

namespace Tenants.Api.Model;

/// <summary>Only corporate customers may have portal users.</summary>
public enum CustomerType
{
    Corporate,
    Individual,
}

public static class CustomerTypeNames
{
    /// <summary>The lower-case name used on the wire and in events (<see cref="CustomerTypes"/>).</summary>
    public static string ToName(this CustomerType type) => type switch
    {
        CustomerType.Corporate => CustomerTypes.Corporate,
        CustomerType.Individual => CustomerTypes.Individual,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool TryParse(string? name, out CustomerType type)
    {
        (var known, type) = name switch
        {
            CustomerTypes.Corporate => (true, CustomerType.Corporate),
            CustomerTypes.Individual => (true, CustomerType.Individual),
            _ => (false, default),
        };
        return known;
    }
}
