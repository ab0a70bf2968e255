using System.Collections;
using System.Globalization;

namespace Portal.Web.Contract.Tests;

/// <summary>
/// Plausible arguments for a client method. Every optional value is given (nullable fields filled,
/// collections with one element), so that every query parameter and body property the client can
/// send is sent and checked.
/// </summary>
internal static class SampleValues
{
    private const int MaxDepth = 6;

    public static object? For(Type type, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return For(underlying, depth);
        }

        if (type == typeof(CancellationToken)) { return CancellationToken.None; }
        if (type == typeof(string)) { return "text"; }
        if (type == typeof(Guid)) { return Guid.NewGuid(); }
        if (type == typeof(bool)) { return true; }
        if (type == typeof(DateTimeOffset)) { return DateTimeOffset.UtcNow; }
        if (type == typeof(DateTime)) { return DateTime.UtcNow; }
        if (type == typeof(DateOnly)) { return DateOnly.FromDateTime(DateTime.UtcNow); }
        if (type == typeof(TimeOnly)) { return new TimeOnly(9, 30); }
        if (type == typeof(TimeSpan)) { return TimeSpan.FromHours(1); }
        if (type == typeof(Uri)) { return new Uri("https://example.test/"); }
        if (type.IsEnum) { return Enum.GetValues(type).GetValue(0); }
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) { return Convert.ChangeType(1.5, type, CultureInfo.InvariantCulture); }
        if (type.IsPrimitive) { return Convert.ChangeType(1, type, CultureInfo.InvariantCulture); }
        if (type.IsArray) { return ArrayOf(type.GetElementType()!, depth); }

        if (DictionaryTypes(type) is var (key, value))
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!;
            dictionary.Add(For(key, depth + 1)!, For(value, depth + 1));
            return dictionary;
        }

        if (ElementType(type) is { } element && type.IsInterface)
        {
            return ArrayOf(element, depth);
        }

        return Construct(type, depth);
    }

    /// <summary>The key and value types of a dictionary type, or null.</summary>
    public static (Type Key, Type Value)? DictionaryTypes(Type type)
    {
        var dictionary = SelfAndInterfaces(type).FirstOrDefault(t => t.IsGenericType &&
            (t.GetGenericTypeDefinition() == typeof(IDictionary<,>) || t.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));
        return dictionary is null ? null : (dictionary.GetGenericArguments()[0], dictionary.GetGenericArguments()[1]);
    }

    /// <summary>The element type of a collection (not of a string), or null.</summary>
    public static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : SelfAndInterfaces(type).FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static IEnumerable<Type> SelfAndInterfaces(Type type) => new[] { type }.Concat(type.GetInterfaces());

    private static Array ArrayOf(Type element, int depth)
    {
        var array = Array.CreateInstance(element, 1);
        array.SetValue(For(element, depth + 1), 0);
        return array;
    }

    /// <summary>A record by its widest constructor; a class without one by its settable properties.</summary>
    private static object? Construct(Type type, int depth)
    {
        if (type.IsAbstract || type.IsInterface)
        {
            throw new NotSupportedException($"No sample value for {type}: add one to {nameof(SampleValues)}.");
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null)
        {
            return type.IsValueType ? Activator.CreateInstance(type) : throw new NotSupportedException($"{type} has no public constructor.");
        }

        var instance = constructor.Invoke(constructor.GetParameters().Select(p => For(p.ParameterType, depth + 1)).ToArray());
        if (constructor.GetParameters().Length == 0)
        {
            foreach (var property in type.GetProperties().Where(p => p.CanWrite && p.SetMethod!.IsPublic))
            {
                property.SetValue(instance, For(property.PropertyType, depth + 1));
            }
        }

        return instance;
    }
}
