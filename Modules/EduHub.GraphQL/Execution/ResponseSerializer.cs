using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;

namespace EduHub.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's serializer with Armenian and Cyrillic text as real UTF-8 (never <c>\uXXXX</c>), the endpoint's error
/// details and <see cref="ExecutionResultWriter"/>; responses go straight to UTF-8 bytes, synchronously (the
/// asynchronous path to a stream buffered the same bytes with more steps), and requests read from bytes in memory.
/// </summary>
internal sealed class ResponseSerializer() : GraphQLSerializer(
    options =>
    {
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new ExecutionResultWriter());
    },
    new FieldErrorInfoProvider())
{
    public byte[] ToUtf8Bytes(ExecutionResult result) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(result, SerializerOptions);

    public T? FromUtf8<T>(ReadOnlySpan<byte> json) => System.Text.Json.JsonSerializer.Deserialize<T>(json, SerializerOptions);
}
