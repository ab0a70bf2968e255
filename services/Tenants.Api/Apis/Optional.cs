using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.ServiceDefaults.OpenApi;

namespace Tenants.Api.Apis;

/// <summary>
/// A JSON property that may be absent (<see cref="IsSet"/> false) or present, even as null: a PATCH
/// must tell "leave it" from "clear it".
/// </summary>
[JsonConverter(typeof(OptionalJsonConverterFactory))]
public readonly struct Optional<T>(T value) : IJsonValueOf<T>
{
    public bool IsSet { get; } = true;
    public T Value { get; } = value;
}

public sealed class OptionalJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(OptionalJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class OptionalJsonConverter<T> : JsonConverter<Optional<T>>
    {
        // Called for a present null too, which is the point.
        public override bool HandleNull => true;

        public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // The value's own converter, so that a bad value's error names this property's path.
            var converter = (JsonConverter<T>)options.GetConverter(typeof(T));
            return new Optional<T>(converter.Read(ref reader, typeof(T), options)!);
        }

        public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Value, options);
    }
}
