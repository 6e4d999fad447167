using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Querying;
using Lucene.Net.Search;

namespace EduHub.Search.Lucene.OrchardApi;

/// <summary>
/// Runs an Orchard-style Lucene query on an index, restricted (unlike Orchard Core, issue #10699) to the
/// published items of types the caller may view. <c>{{ name }}</c> placeholders take values from <c>parameters</c>.
/// </summary>
internal sealed partial class LuceneQueryRunner(SearchService search)
{
    public const int MaxSize = 100;

    public async Task<(LuceneIndex Index, int Total, IReadOnlyList<global::Lucene.Net.Documents.Document> Documents)> RunAsync(LuceneQueryModel model, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(model.IndexName))
        {
            throw new SearchSyntaxException("Unknown index", "indexName is required.");
        }

        if (model.Query is { Length: > 20_000 })
        {
            throw new SearchSyntaxException("Query too long", "The query is over 20 000 characters.");
        }

        var index = await search.ResolveIndexAsync(model.IndexName, cancellationToken);
        var json = Parse(Substitute(model.Query ?? "{}", ParseParameters(model.Parameters)), "query") as JsonObject
            ?? throw new SearchSyntaxException("Invalid query syntax", "The query must be a JSON object.");
        var from = Int(json, "from", 0);
        var size = Int(json, "size", 20);
        if (from < 0 || size is < 1 or > MaxSize || from + size > SearchService.MaxWindow)
        {
            throw new SearchSyntaxException("Invalid page size", $"size must be between 1 and {MaxSize}, from at least 0.");
        }

        var query = json["query"] is { } q ? OrchardQueryParser.Parse(q) : new MatchAllDocsQuery();
        var sort = OrchardSort.Parse(json["sort"]);
        var filter = await search.FilterAsync(index, [], null, new Dictionary<string, IReadOnlyList<string>>(), cancellationToken);
        var combined = new BooleanQuery
        {
            { query, Occur.MUST },
            { new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST },
        };

        return index.Search(searcher =>
        {
            var top = sort is null ? searcher.Search(combined, from + size) : searcher.Search(combined, from + size, sort);
            var documents = top.ScoreDocs.Skip(from).Select(d => searcher.Doc(d.Doc)).ToList();
            return (index, top.TotalHits, (IReadOnlyList<global::Lucene.Net.Documents.Document>)documents);
        });
    }

    private static Dictionary<string, string> ParseParameters(string? parameters)
    {
        if (string.IsNullOrWhiteSpace(parameters))
        {
            return [];
        }

        if (Parse(parameters, "parameters") is not JsonObject values)
        {
            throw new SearchSyntaxException("Invalid parameters", "parameters must be a JSON object.");
        }

        return values.ToDictionary(p => p.Key, p => p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value?.ToJsonString() ?? "");
    }

    /// <summary>Values are JSON-escaped: a parameter can never close the string it sits in and inject query JSON.</summary>
    private static string Substitute(string template, Dictionary<string, string> parameters) =>
        Placeholder().Replace(template, m => parameters.TryGetValue(m.Groups[1].Value, out var value)
            ? JsonEncodedText.Encode(value, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString()
            : throw new SearchSyntaxException("Invalid parameters", $"The query uses '{m.Groups[1].Value}', which parameters do not give."));

    private static JsonNode? Parse(string json, string what)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new SearchSyntaxException("Invalid query syntax", $"{what} is not valid JSON: {e.Message}");
        }
    }

    private static int Int(JsonObject json, string name, int fallback) => json[name] switch
    {
        null => fallback,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        _ => throw new SearchSyntaxException("Invalid query syntax", $"{name} must be a whole number."),
    };

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
