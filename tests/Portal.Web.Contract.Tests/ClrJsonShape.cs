using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Portal.Web.Contract.Tests;

/// <summary>
/// What a C# type looks like in JSON as the web app reads it (System.Text.Json, Web defaults):
/// its JSON kind, and for an object its camelCase property names.
/// </summary>
internal static class ClrJsonShape
{
    public const string Any = "any";

    private static readonly HashSet<Type> Strings =
        [typeof(string), typeof(char), typeof(Guid), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan), typeof(Uri), typeof(byte[])];

    private static readonly HashSet<Type> Integers =
        [typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong)];

    private static readonly HashSet<Type> Numbers = [typeof(float), typeof(double), typeof(decimal), typeof(Half)];

    public static string KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(object) || type == typeof(JsonElement) || typeof(JsonNode).IsAssignableFrom(type))
        {
            return Any;
        }

        if (Strings.Contains(type)) { return "string"; }
        if (Integers.Contains(type)) { return "integer"; }
        if (Numbers.Contains(type)) { return "number"; }
        if (type == typeof(bool)) { return "boolean"; }

        // Web defaults write an enum as its number; only a JsonStringEnumConverter makes it a name.
        if (type.IsEnum)
        {
            return type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType?.Name.StartsWith("JsonStringEnumConverter", StringComparison.Ordinal) == true
                ? "string"
                : "integer";
        }

        if (SampleValues.DictionaryTypes(type) is not null) { return "object"; }
        if (SampleValues.ElementType(type) is not null) { return "array"; }
        return "object";
    }

    /// <summary>The properties System.Text.Json reads into, by their JSON names.</summary>
    public static IReadOnlyList<(string Name, PropertyInfo Property)> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
            .Where(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is null)
            .Select(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name), p))
            .ToList();

    /// <summary>A value type that is not <c>Nullable</c>: a JSON null in it stops the whole answer from being read.</summary>
    public static bool RejectsNull(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null;

    /// <summary><c>PageDto&lt;SiteDto&gt;</c> rather than <c>PageDto`1</c>.</summary>
    public static string Describe(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Describe(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Describe(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>";
    }
}
