using System.Text.Json.Nodes;
using Dapper;
using EduHub.Core.Data;

namespace EduHub.Core.Indexing;

/// <summary>
/// Published display texts and taxonomy terms for indexing, memoized per session: a rebuild of 100k
/// platforms pointing at the same providers and terms reads each of them once.
/// </summary>
public sealed class ContentIndexLookup(ContentStore store)
{
    private const string DisplayTextsKey = "index:displayTexts";
    private const string TaxonomyPrefix = "index:taxonomy:";

    public async Task<IReadOnlyList<string>> DisplayTextsAsync(DbSession session, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var memo = Memo<Dictionary<string, string?>>(session, DisplayTextsKey);
        var missing = ids.Where(id => !memo.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var rows = await session.Connection.QueryAsync<(string Id, string? Text)>(new CommandDefinition(
                $"SELECT ContentItemId, DisplayText FROM ContentItemIndex WHERE Published = TRUE AND Deleted = FALSE AND {session.Dialect.In("ContentItemId", "@missing")}",
                new { missing }, session.Transaction, cancellationToken: cancellationToken));
            foreach (var id in missing)
            {
                memo[id] = null;
            }

            foreach (var (id, text) in rows)
            {
                memo[id] = text;
            }
        }

        return ids.Select(id => memo.GetValueOrDefault(id)).OfType<string>().ToList();
    }

    public async Task<IReadOnlyList<IndexedTerm>> TermsAsync(DbSession session, string taxonomyId, IReadOnlyList<string> termIds, CancellationToken cancellationToken)
    {
        var key = TaxonomyPrefix + taxonomyId;
        if (!session.Items.TryGetValue(key, out var cached))
        {
            var terms = new Dictionary<string, IndexedTerm>(StringComparer.Ordinal);
            var row = (await store.GetRowsAsync(session, taxonomyId, cancellationToken)).FirstOrDefault(r => r.Published);
            if (row is not null && await store.LoadAsync(session, row.Id, cancellationToken) is { } taxonomy)
            {
                Collect(taxonomy.Part("TaxonomyPart")?["Terms"] as JsonArray, terms);
            }

            session.Items[key] = cached = terms;
        }

        var all = (Dictionary<string, IndexedTerm>)cached;
        return termIds.Select(id => all.GetValueOrDefault(id)).OfType<IndexedTerm>().ToList();
    }

    /// <summary>A term's names: its display text and the text fields of its own parts (NameEn, NameRu, CapitalHy, ...).</summary>
    private static void Collect(JsonArray? terms, Dictionary<string, IndexedTerm> into)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            var id = term["ContentItemId"]?.GetValue<string>();
            if (id is null)
            {
                continue;
            }

            var displayText = term["DisplayText"]?.GetValue<string>();
            var names = new List<string>();
            if (displayText is not null)
            {
                names.Add(displayText);
            }

            foreach (var (partName, part) in term)
            {
                if (part is not JsonObject fields || partName is "TitlePart" or "Terms")
                {
                    continue;
                }

                foreach (var (_, field) in fields)
                {
                    if (field is JsonObject f && f["Text"] is JsonValue v && v.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) && !names.Contains(text))
                    {
                        names.Add(text);
                    }
                }
            }

            into[id] = new IndexedTerm(id, displayText, names);
            Collect(term["Terms"] as JsonArray, into);
        }
    }

    private static T Memo<T>(DbSession session, string key) where T : new()
    {
        if (!session.Items.TryGetValue(key, out var memo))
        {
            memo = new T();
            session.Items[key] = memo;
        }

        return (T)memo;
    }
}
