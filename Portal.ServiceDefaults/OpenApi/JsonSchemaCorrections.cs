using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Portal.ServiceDefaults.OpenApi;

/// <summary>
/// Schemas as a client should read them, where the generator cannot know:
/// <list type="bullet">
/// <item>Text is <c>string</c>. Every string passes our own converter (the text boundary), and a schema
/// generator can only say "anything" (<c>{}</c>) for a type with a custom converter.</item>
/// <item>Numbers are numbers. The Web serializer defaults also read <c>"12"</c>, which the generator
/// documents as <c>integer | string</c> with a pattern; clients send numbers, and we answer with numbers.</item>
/// <item>A fixed vocabulary (a status, a priority) lists its values (<see cref="OneOfAttribute"/>).</item>
/// <item>A request whose fields belong together carries an example body (<see cref="OpenApiExampleAttribute"/>).</item>
/// </list>
/// </summary>
internal static class JsonSchemaCorrections
{
    public static async Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (ValueTypeOf(type) is { } valueType)
        {
            var value = await context.GetOrCreateSchemaAsync(valueType, null, cancellationToken);
            (schema.Type, schema.Format, schema.Pattern, schema.Enum, schema.Items) = (value.Type, value.Format, value.Pattern, value.Enum, value.Items);
        }

        if (type == typeof(string) && schema.Type is null && schema.Properties is not { Count: > 0 })
        {
            schema.Type = JsonSchemaType.String | (IsNullable(context.JsonPropertyInfo) ? JsonSchemaType.Null : 0);
        }

        if (schema.Type is { } kind && kind.HasFlag(JsonSchemaType.String) && (kind.HasFlag(JsonSchemaType.Integer) || kind.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = kind & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        if (VocabularyOf(context) is { } values)
        {
            // A field that may be null lists null among its values, or a validating client would refuse it.
            schema.Enum = [.. values.Select(value => (JsonNode)JsonValue.Create(value)!)];
            if (schema.Type?.HasFlag(JsonSchemaType.Null) == true)
            {
                schema.Enum.Add(null!);
            }
        }

        if (context.JsonPropertyInfo is null && type.GetCustomAttributes(typeof(OpenApiExampleAttribute), inherit: false) is [OpenApiExampleAttribute example])
        {
            schema.Examples = [JsonNode.Parse(example.Json)!];
        }

        if (context.JsonPropertyInfo is null && schema.Required is { Count: > 0 } required)
        {
            // A positional record's parameters all come out required, yet the reader takes a body without them:
            // what may be null may also be left out. Required stays for what must be there and not null.
            foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.IsGetNullable || Nullable.GetUnderlyingType(p.PropertyType) is not null))
            {
                required.Remove(property.Name);
            }
        }
    }

    private static Type? ValueTypeOf(Type type) =>
        type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IJsonValueOf<>))?.GetGenericArguments()[0];

    /// <summary>A property the serializer can write as null (a nullable reference type).</summary>
    private static bool IsNullable(JsonPropertyInfo? property) => property is { IsGetNullable: true };

    private static IReadOnlyCollection<string>? VocabularyOf(OpenApiSchemaTransformerContext context)
    {
        var attribute = context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(OneOfAttribute), inherit: true).OfType<OneOfAttribute>().FirstOrDefault()
            ?? (context.ParameterDescription?.ParameterDescriptor as Microsoft.AspNetCore.Mvc.Infrastructure.IParameterInfoParameterDescriptor)?.ParameterInfo.GetCustomAttribute<OneOfAttribute>();
        return attribute?.Values;
    }
}
