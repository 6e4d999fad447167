using System.Text.Json.Nodes;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Querying;
using Lucene.Net.Search;

namespace EduHub.Search.Lucene.OrchardApi;

/// <summary><c>"sort": {"field": {"order": "asc"}}</c>, a list of those, or a field name; by score, display text or modified time.</summary>
internal static class OrchardSort
{
    public static Sort? Parse(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var fields = new List<SortField>();
        foreach (var entry in node is JsonArray array ? array : new JsonArray(node.DeepClone()))
        {
            var (name, descending) = entry switch
            {
                JsonValue v when v.TryGetValue<string>(out var s) => (s, false),
                JsonObject o when o.Count == 1 => (o.First().Key, Descending(o.First().Value)),
                _ => throw new SearchSyntaxException("Invalid query syntax", "sort takes a field name or {\"field\": {\"order\": \"asc|desc\"}}."),
            };
            fields.Add(OrchardFieldNames.Map(name) switch
            {
                "_score" => SortField.FIELD_SCORE,
                SearchFields.SortDisplayText or SearchFields.Title => new SortField(SearchFields.SortDisplayText, SortFieldType.STRING, descending),
                SearchFields.SortModified => new SortField(SearchFields.SortModified, SortFieldType.INT64, descending),
                _ => throw new SearchSyntaxException("Invalid query syntax", $"Cannot sort on '{name}' (_score, Content.ContentItem.DisplayText, Content.ContentItem.ModifiedUtc)."),
            });
        }

        return new Sort([.. fields]);
    }

    private static bool Descending(JsonNode? options) => options switch
    {
        JsonObject o => string.Equals(o["order"]?.GetValue<string>(), "desc", StringComparison.OrdinalIgnoreCase),
        JsonValue v when v.TryGetValue<string>(out var s) => string.Equals(s, "desc", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
