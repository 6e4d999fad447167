using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace EduHub.Core.Contents;

internal sealed class ContentItemJsonConverter : JsonConverter<ContentItem>
{
    public override ContentItem? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonNode.Parse(ref reader) is JsonObject json ? ContentItemJson.FromJson(json) : null;

    public override void Write(Utf8JsonWriter writer, ContentItem value, JsonSerializerOptions options) =>
        ContentItemJson.ToJson(value).WriteTo(writer, options);
}
