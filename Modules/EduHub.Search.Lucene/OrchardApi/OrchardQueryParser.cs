using System.Globalization;
using System.Text.Json.Nodes;
using EduHub.Search.Lucene.Analysis;
using EduHub.Search.Lucene.Querying;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduHub.Search.Lucene.OrchardApi;

/// <summary>
/// Orchard Core's Lucene query DSL (Elasticsearch-like): bool (must/should/must_not/filter), match,
/// match_phrase, match_all, term, terms, prefix, wildcard, fuzzy, range and query_string. Unknown query
/// types or malformed JSON are reported as bad input, never thrown as server errors.
/// </summary>
internal static class OrchardQueryParser
{
    public static Query Parse(JsonNode? node)
    {
        if (node is not JsonObject query || query.Count != 1)
        {
            throw Bad("A query is an object with exactly one query type, e.g. {\"match\": {\"Content.ContentItem.FullText\": \"...\"}}.");
        }

        var (type, body) = query.First();
        return type switch
        {
            "bool" => Bool(body as JsonObject ?? throw Bad("bool needs an object.")),
            "match_all" => new MatchAllDocsQuery(),
            "match" => Match(Single(body, type), phrase: false),
            "match_phrase" => Match(Single(body, type), phrase: true),
            "term" => Term(Single(body, type)),
            "terms" => Terms(Single(body, type)),
            "prefix" => Prefix(Single(body, type)),
            "wildcard" => Wildcard(Single(body, type)),
            "fuzzy" => Fuzzy(Single(body, type)),
            "range" => Range(Single(body, type)),
            "query_string" => QueryString(body as JsonObject ?? throw Bad("query_string needs an object.")),
            _ => throw Bad($"Unknown query type '{type}' (known: bool, match, match_phrase, match_all, term, terms, prefix, wildcard, fuzzy, range, query_string)."),
        };
    }

    private static BooleanQuery Bool(JsonObject body)
    {
        var result = new BooleanQuery();
        foreach (var (occurName, clauses) in body)
        {
            var occur = occurName switch
            {
                "must" or "filter" => Occur.MUST,
                "should" => Occur.SHOULD,
                "must_not" => Occur.MUST_NOT,
                "minimum_should_match" or "boost" => (Occur?)null,
                _ => throw Bad($"Unknown bool clause '{occurName}' (must, should, must_not, filter)."),
            };
            if (occur is null)
            {
                continue;
            }

            foreach (var clause in clauses is JsonArray array ? array : new JsonArray(clauses?.DeepClone()))
            {
                var parsed = Parse(clause);
                result.Add(occurName == "filter" ? new ConstantScoreQuery(parsed) { Boost = 0 } : parsed, occur.Value);
            }
        }

        if (body["minimum_should_match"] is JsonValue minimum && minimum.TryGetValue<int>(out var count))
        {
            result.MinimumNumberShouldMatch = count;
        }

        if (result.Clauses.Count > 0 && result.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            result.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return result;
    }

    private static Query Match(KeyValuePair<string, JsonNode?> field, bool phrase)
    {
        var name = OrchardFieldNames.Map(field.Key);
        var text = field.Value is JsonObject o ? Text(o["query"], field.Key) : Text(field.Value, field.Key);
        var and = field.Value is JsonObject options && string.Equals(options["operator"]?.GetValue<string>(), "and", StringComparison.OrdinalIgnoreCase);
        var analyzer = AnalyzerFor(name);
        var terms = new List<(string Term, int Position)>();
        using (var stream = analyzer.GetTokenStream(name, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                terms.Add((term.ToString(), position));
            }

            stream.End();
        }

        if (phrase)
        {
            var query = new PhraseQuery();
            foreach (var (term, position) in terms)
            {
                query.Add(new Term(name, term), position);
            }

            return query;
        }

        var result = new BooleanQuery();
        foreach (var (term, _) in terms)
        {
            result.Add(new TermQuery(new Term(name, term)), and ? Occur.MUST : Occur.SHOULD);
        }

        return result;
    }

    private static TermQuery Term(KeyValuePair<string, JsonNode?> field) =>
        new(new Term(OrchardFieldNames.Map(field.Key), field.Value is JsonObject o ? Text(o["value"], field.Key) : Text(field.Value, field.Key)));

    private static BooleanQuery Terms(KeyValuePair<string, JsonNode?> field)
    {
        if (field.Value is not JsonArray values)
        {
            throw Bad($"terms.{field.Key} needs an array of values.");
        }

        var result = new BooleanQuery();
        foreach (var value in values)
        {
            result.Add(new TermQuery(new Term(OrchardFieldNames.Map(field.Key), Text(value, field.Key))), Occur.SHOULD);
        }

        return result;
    }

    private static PrefixQuery Prefix(KeyValuePair<string, JsonNode?> field) =>
        new(new Term(OrchardFieldNames.Map(field.Key), Lower(field.Value is JsonObject o ? Text(o["value"] ?? o["prefix"], field.Key) : Text(field.Value, field.Key), field.Key)));

    private static WildcardQuery Wildcard(KeyValuePair<string, JsonNode?> field) =>
        new(new Term(OrchardFieldNames.Map(field.Key), Lower(field.Value is JsonObject o ? Text(o["value"] ?? o["wildcard"], field.Key) : Text(field.Value, field.Key), field.Key)));

    private static FuzzyQuery Fuzzy(KeyValuePair<string, JsonNode?> field)
    {
        var text = Lower(field.Value is JsonObject o ? Text(o["value"], field.Key) : Text(field.Value, field.Key), field.Key);
        var edits = field.Value is JsonObject options && options["fuzziness"] is JsonValue f && f.TryGetValue<int>(out var n) ? n : 2;
        if (edits is < 0 or > 2)
        {
            throw Bad("fuzziness must be 0, 1 or 2.");
        }

        return new FuzzyQuery(new Term(OrchardFieldNames.Map(field.Key), text), edits);
    }

    private static Query Range(KeyValuePair<string, JsonNode?> field)
    {
        if (field.Value is not JsonObject bounds)
        {
            throw Bad($"range.{field.Key} needs an object with gt/gte/lt/lte.");
        }

        var name = OrchardFieldNames.Map(field.Key);
        string? lower = null, upper = null;
        bool includeLower = false, includeUpper = false;
        foreach (var (op, value) in bounds)
        {
            switch (op)
            {
                case "gt": lower = Text(value, field.Key); break;
                case "gte": lower = Text(value, field.Key); includeLower = true; break;
                case "lt": upper = Text(value, field.Key); break;
                case "lte": upper = Text(value, field.Key); includeUpper = true; break;
                default: throw Bad($"Unknown range bound '{op}' (gt, gte, lt, lte).");
            }
        }

        return TermRangeQuery.NewStringRange(name, lower, upper, includeLower, includeUpper);
    }

    private static Query QueryString(JsonObject body)
    {
        var text = Text(body["query"], "query_string.query");
        var field = OrchardFieldNames.Map(body["default_field"]?.GetValue<string>() ?? "Content.ContentItem.FullText");
        var parser = new OrchardQueryStringParser(field) { AllowLeadingWildcard = false };
        try
        {
            return parser.Parse(text);
        }
        catch (global::Lucene.Net.QueryParsers.Classic.ParseException e)
        {
            throw Bad($"query_string: {e.Message.Split('\n')[0]}");
        }
    }

    private static KeyValuePair<string, JsonNode?> Single(JsonNode? body, string type) =>
        body is JsonObject o && o.Count == 1 ? o.First() : throw Bad($"{type} needs an object with one field, e.g. {{\"{type}\": {{\"Content.ContentItem.FullText\": ...}}}}.");

    private static string Text(JsonNode? node, string field) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v when v.TryGetValue<double>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        _ => throw Bad($"{field} needs a string value."),
    };

    private static string Lower(string text, string field) => AnalyzerFor(OrchardFieldNames.Map(field)) == SearchAnalyzers.Plain && IsAnalyzed(OrchardFieldNames.Map(field)) ? text.ToLowerInvariant() : text;

    private static bool IsAnalyzed(string field) => !field.StartsWith(Indexing.SearchFields.KeywordPrefix, StringComparison.Ordinal)
        && field is not (Indexing.SearchFields.Id or Indexing.SearchFields.Type or Indexing.SearchFields.Culture or Indexing.SearchFields.Owner or Indexing.SearchFields.Published);

    private static global::Lucene.Net.Analysis.Analyzer AnalyzerFor(string field) =>
        !IsAnalyzed(field) ? new global::Lucene.Net.Analysis.Core.KeywordAnalyzer()
        : field.StartsWith(Indexing.SearchFields.StemPrefix, StringComparison.Ordinal) ? SearchAnalyzers.ForCulture(field[Indexing.SearchFields.StemPrefix.Length..])
        : field is Indexing.SearchFields.Prefix or Indexing.SearchFields.Suggest ? SearchAnalyzers.Plain
        : SearchAnalyzers.Plain;

    private static SearchSyntaxException Bad(string detail) => new("Invalid query syntax", detail);
}
