using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.ServiceDefaults.Text;

/// <summary>
/// Every string read from a JSON body passes here: one holding a control character fails the read,
/// which the problem-details handler answers with 400 naming the field (System.Text.Json adds the path).
/// </summary>
public sealed class PlainTextJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is not null && ControlCharacters.AreIn(text) ? throw new JsonException(ControlCharacters.Refusal) : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
