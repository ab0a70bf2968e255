using System.Reflection;

namespace Portal.ServiceDefaults.OpenApi;

/// <summary>
/// The text field takes one of a fixed set of values, the public static <c>All</c> of <paramref name="vocabulary"/>
/// (e.g. <c>DeviceStatuses</c>): the same list the handler checks, so the document lists them as an enum without a
/// second copy. On a positional record's parameter, target the property: <c>[property: OneOf(typeof(DeviceStatuses))]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfAttribute(Type vocabulary) : Attribute
{
    public IReadOnlyCollection<string> Values { get; } =
        vocabulary.GetField("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyCollection<string>
        ?? vocabulary.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyCollection<string>
        ?? throw new ArgumentException($"{vocabulary.Name} has no public static All of strings.", nameof(vocabulary));
}
