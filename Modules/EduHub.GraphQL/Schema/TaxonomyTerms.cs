using System.Text.Json.Nodes;
using EduHub.Core.Contents;

namespace EduHub.GraphQL.Schema;

/// <summary>Terms live inside their taxonomy item (Orchard Core's shape); this finds them by id, nested ones included.</summary>
internal static class TaxonomyTerms
{
    public static IReadOnlyList<ContentItem> Find(ContentItem taxonomy, IReadOnlyList<string> termIds) => Find(Index(taxonomy), termIds);

    public static IReadOnlyList<ContentItem> Find(IReadOnlyDictionary<string, ContentItem> index, IReadOnlyList<string> termIds) =>
        termIds.Where(index.ContainsKey).Select(id => index[id]).ToList();

    /// <summary>Every term of the taxonomy by id, nested ones included.</summary>
    public static IReadOnlyDictionary<string, ContentItem> Index(ContentItem taxonomy)
    {
        var all = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        Collect(taxonomy.Part("TaxonomyPart")?["Terms"] as JsonArray, all);
        return all;
    }

    public static IReadOnlyList<ContentItem> All(ContentItem taxonomy)
    {
        var all = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        Collect(taxonomy.Part("TaxonomyPart")?["Terms"] as JsonArray, all);
        return all.Values.ToList();
    }

    private static void Collect(JsonArray? terms, Dictionary<string, ContentItem> into)
    {
        foreach (var json in terms?.OfType<JsonObject>() ?? [])
        {
            var term = ContentItemJson.FromJson(json);
            var children = term.Content["Terms"] as JsonArray;
            term.Content.Remove("Terms");
            into[term.ContentItemId] = term;
            Collect(children, into);
        }
    }
}
