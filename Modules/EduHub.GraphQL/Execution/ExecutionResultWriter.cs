using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;

namespace EduHub.GraphQL.Execution;

/// <summary>
/// Writes a response as GraphQL.NET's own converter does (<c>errors</c>, <c>data</c>, <c>extensions</c>, same bytes),
/// except that the common scalars are written directly: the stock converter hands every value of the tree to
/// <see cref="JsonSerializer"/> as an <see cref="object"/>, a type lookup and a polymorphic converter per value.
/// Anything else (dates, custom scalars, scalar lists) still goes through <see cref="JsonSerializer"/>.
/// </summary>
internal sealed class ExecutionResultWriter : JsonConverter<ExecutionResult>
{
    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("GraphQL responses are only written by this endpoint, never read.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }

        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node)
            {
                WriteNode(writer, node, options);
            }
            else
            {
                JsonSerializer.Serialize(writer, value.Data, options);
            }
        }

        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }

        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case ValueExecutionNode value:
                WriteValue(writer, value.ToValue(), options);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case ObjectExecutionNode parent:
                writer.WriteStartObject();
                foreach (var field in parent.SubFields)
                {
                    writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(field.Name!) ?? field.Name!);
                    WriteNode(writer, field, options);
                }

                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: null } list:
                JsonSerializer.Serialize(writer, list.SerializedResult, options);
                break;
            case ArrayExecutionNode list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteNode(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                WriteValue(writer, node.ToValue(), options);
                break;
        }
    }

    /// <summary>What System.Text.Json's own converters write for these types (no number handling is configured).</summary>
    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            default:
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }
}
