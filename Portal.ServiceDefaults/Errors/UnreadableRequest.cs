using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Portal.ServiceDefaults.Localization;
using Portal.ServiceDefaults.Text;

namespace Portal.ServiceDefaults.Errors;

/// <summary>
/// Words for a request ASP.NET Core could not bind: malformed JSON, a value of the wrong type, a missing
/// body, the wrong content type, a route or query value that is not what it should be. The framework's
/// own messages name .NET types and parameters ("could not be converted to Tenants.Api.Apis.…"), which
/// tell a client about our code and nothing about their mistake; these say which field and what it
/// should be.
/// </summary>
public static partial class UnreadableRequest
{
    public static HttpValidationProblemDetails ToProblem(BadHttpRequestException exception, HttpContext context)
    {
        // The serializer's message names the body's type, not the field's; the endpoint knows the body's
        // type, and the path leads from it to the field.
        // (The exception handler has cleared the endpoint from the context; its feature keeps it.)
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        var bodyType = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var (field, reason) = exception.InnerException is JsonException json ? FromJson(json, bodyType) : FromBinding(exception);
        var problem = PortalProblems.ToValidationProblemDetails(FieldErrors.Of(field, reason), CommonProblems.Unreadable);
        problem.Status = exception.StatusCode;
        return problem;
    }

    private static (string Field, FieldMessage Reason) FromJson(JsonException json, Type? bodyType)
    {
        // Minimal APIs wrap the serializer's error; its path ("$.priority", "$.items[2]") names the field.
        var field = json.Path is { Length: > 0 } path ? path.TrimStart('$', '.') : "";
        field = field.Length == 0 ? "body" : field;
        // Our own converters refuse with a message meant for the client (the text boundary).
        if (json.Message == ControlCharacters.Refusal)
        {
            return (field, CommonFieldMessages.ControlCharacter);
        }

        // The reader's own exception inside means the text is not JSON at all.
        if (json.InnerException is JsonException || !json.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return (field, CommonFieldMessages.NotJson);
        }

        if (field == "body")
        {
            return (field, CommonFieldMessages.NotAnObject);
        }

        return TypeAt(bodyType, field) is { } expected
            ? (field, CommonFieldMessages.WrongType.Format(Words(expected)))
            : (field, CommonFieldMessages.WrongTypeUnknown);
    }

    private static (string Field, FieldMessage Reason) FromBinding(BadHttpRequestException exception)
    {
        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return ("body", CommonFieldMessages.SendJson);
        }

        if (FailedToBind().Match(exception.Message) is { Success: true } binding)
        {
            return (binding.Groups["name"].Value, CommonFieldMessages.WrongType.Format(Expected(binding.Groups["type"].Value)));
        }

        if (exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return ("body", CommonFieldMessages.BodyRequired);
        }

        if (RequiredParameter().Match(exception.Message) is { Success: true } required)
        {
            return (required.Groups["name"].Value, CommonFieldMessages.Required);
        }

        return ("request", CommonFieldMessages.Unreadable);
    }

    /// <summary>The type of the property a JSON path ("accessibleAccounts.customerIds[0]") leads to.</summary>
    private static Type? TypeAt(Type? root, string path)
    {
        var type = root;
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            type = type?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            for (var indexes = bracket < 0 ? 0 : segment.Count(c => c == '['); indexes > 0 && type is not null; indexes--)
            {
                type = ElementType(type);
            }
        }

        return type;
    }

    private static Type? ElementType(Type type) => type.IsArray
        ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>What a value of this .NET type is, in a client's words.</summary>
    private static LocalizedText Words(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(Guid) => ValueKinds.Id,
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => ValueKinds.DateTime,
            _ when type == typeof(DateOnly) => ValueKinds.Date,
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => ValueKinds.WholeNumber,
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => ValueKinds.Number,
            _ when type == typeof(bool) => ValueKinds.Boolean,
            _ when type == typeof(string) || type.IsEnum => ValueKinds.Text,
            _ when ElementType(type) is not null => ValueKinds.List,
            _ => ValueKinds.JsonObject,
        };
    }

    /// <summary>The same for a route or query parameter, of which the framework gives the type's name.</summary>
    private static LocalizedText Expected(string typeName)
    {
        var type = typeName.TrimEnd('?');
        type = type[(type.LastIndexOf('.') + 1)..];
        return type switch
        {
            "Guid" => Words(typeof(Guid)),
            "DateTimeOffset" or "DateTime" => Words(typeof(DateTimeOffset)),
            "Int32" or "Int64" or "int" or "long" => Words(typeof(int)),
            "Boolean" or "bool" => Words(typeof(bool)),
            _ => ValueKinds.Other,
        };
    }

    [GeneratedRegex(@"Failed to bind parameter ""(?<type>[^ ""]+) (?<name>[^ ""]+)""")]
    private static partial Regex FailedToBind();

    [GeneratedRegex(@"Required parameter ""(?<type>[^ ""]+) (?<name>[^ ""]+)""")]
    private static partial Regex RequiredParameter();
}
