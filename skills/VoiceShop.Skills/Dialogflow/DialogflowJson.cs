using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace VoiceShop.Skills.Dialogflow;

/// <summary>
/// Reads Dialogflow JSON tolerantly. Google sends lowerCamelCase, but protobuf JSON (and Google's own samples)
/// also use the proto snake_case names, so structural property names are rewritten to camelCase before
/// binding. Free-form maps keep their keys exactly: session and intent parameter names, payloads (where the
/// Phone Gateway's <c>caller_id</c> really is snake_case) and parameter values.
/// </summary>
public static class DialogflowJson
{
    /// <summary>Properties whose value is opaque data: nothing inside is renamed.</summary>
    private static readonly HashSet<string> OpaqueValues = new(StringComparer.Ordinal)
    {
        "payload", "resolvedValue", "value", "metadata", "diagnosticInfo",
    };

    /// <summary>
    /// The typed model of <paramref name="body"/>, or null when the body is not a JSON object of the expected
    /// shape (invalid JSON, another type at the root, or a known field with the wrong type).
    /// </summary>
    public static T? Parse<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        try
        {
            // Duplicate property names are refused outright: two values for one field is ambiguity an attacker could use.
            if (JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) is not JsonObject root)
            {
                return null;
            }

            return NormalizeObject(root, parentName: null).Deserialize(typeInfo);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>"fulfillment_response" → "fulfillmentResponse"; camelCase names pass through unchanged.</summary>
    public static string ToCamelCase(string name)
    {
        if (!name.Contains('_', StringComparison.Ordinal))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        var upperNext = false;
        foreach (var c in name)
        {
            if (c == '_')
            {
                upperNext = builder.Length > 0;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.ToString();
    }

    private static JsonNode? NormalizeNode(JsonNode? node, string? parentName) => node switch
    {
        JsonObject obj => NormalizeObject(obj, parentName),
        JsonArray array => new JsonArray(array.Select(item => NormalizeNode(item, parentName)).ToArray()),
        _ => node?.DeepClone(),
    };

    private static JsonObject NormalizeObject(JsonObject obj, string? parentName)
    {
        var result = new JsonObject();
        foreach (var (name, value) in obj)
        {
            var camel = ToCamelCase(name);
            JsonNode? normalized;
            if (OpaqueValues.Contains(camel))
            {
                normalized = value?.DeepClone();
            }
            else if (camel == "parameters")
            {
                normalized = NormalizeParameterMap(value, parentName);
            }
            else
            {
                normalized = NormalizeNode(value, camel);
            }

            // When both spellings are present the camelCase one (Google's documented form) wins.
            if (!result.ContainsKey(camel) || camel == name)
            {
                result[camel] = normalized;
            }
        }

        return result;
    }

    /// <summary>
    /// A parameter map keeps its keys. Only intent parameters have a known value shape
    /// (<c>originalValue</c>/<c>resolvedValue</c>); other maps' values are data.
    /// </summary>
    private static JsonNode? NormalizeParameterMap(JsonNode? map, string? parentName)
    {
        if (map is not JsonObject parameters || parentName != "intentInfo")
        {
            return map?.DeepClone();
        }

        var result = new JsonObject();
        foreach (var (key, value) in parameters)
        {
            result[key] = NormalizeNode(value, key);
        }

        return result;
    }
}
