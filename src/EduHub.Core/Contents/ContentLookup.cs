using System.Text.Json.Nodes;
using Dapper;
using EduHub.Core.Data;
using EduHub.Core.Data.Indexes;

namespace EduHub.Core.Contents;

/// <summary>
/// Looks up picker targets and taxonomy terms for validation, memoized per session so a bulk import of
/// 100k items pointing at the same few providers and terms does not query them 100k times.
/// </summary>
public sealed class ContentLookup(ContentStore store)
{
    private const string TypesKey = "lookup:types";
    private const string TermsPrefix = "lookup:terms:";

    /// <summary>Content types of the given items' latest live versions; unknown ids are absent.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TypesOfAsync(DbSession session, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var memo = Memo<Dictionary<string, string?>>(session, TypesKey);
        var missing = ids.Where(id => !memo.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var rows = await session.Connection.QueryAsync<(string Id, string Type)>(new CommandDefinition(
                $"SELECT ContentItemId, ContentType FROM ContentItemIndex WHERE Latest = TRUE AND {session.Dialect.In("ContentItemId", "@missing")}",
                new { missing }, session.Transaction, cancellationToken: cancellationToken));
            foreach (var id in missing)
            {
                memo[id] = null;
            }

            foreach (var (id, type) in rows)
            {
                memo[id] = type;
            }
        }

        return ids.Where(id => memo.GetValueOrDefault(id) is not null).Distinct().ToDictionary(id => id, id => memo[id]!);
    }

    /// <summary>All term ids of a taxonomy (nested terms included); empty when the taxonomy does not exist.</summary>
    public async Task<IReadOnlySet<string>> TermsOfAsync(DbSession session, string taxonomyId, CancellationToken cancellationToken)
    {
        var key = TermsPrefix + taxonomyId;
        if (session.Items.TryGetValue(key, out var cached))
        {
            return (IReadOnlySet<string>)cached;
        }

        var rows = await store.GetRowsAsync(session, taxonomyId, cancellationToken);
        var latest = rows.FirstOrDefault(r => r.Latest);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (latest is not null && await store.LoadAsync(session, latest.Id, cancellationToken) is { } taxonomy)
        {
            CollectTerms(taxonomy.Part("TaxonomyPart")?["Terms"] as JsonArray, terms);
        }

        session.Items[key] = terms;
        return terms;
    }

    /// <summary>
    /// Latest live items of a type whose text field equals <paramref name="value"/> (case-insensitive),
    /// with their localization set, for uniqueness rules ("one school per EMIS code").
    /// </summary>
    public async Task<IReadOnlyList<(string ContentItemId, string? LocalizationSet)>> FindByTextAsync(
        DbSession session, string contentType, string partName, string fieldName, string value, CancellationToken cancellationToken)
    {
        var rows = await session.Connection.QueryAsync<(string, string?)>(new CommandDefinition(
            """
            SELECT c.ContentItemId, c.LocalizationSet FROM TextFieldIndex f JOIN ContentItemIndex c ON c.Id = f.DocumentId
            WHERE f.ContentType = @contentType AND f.ContentPart = @partName AND f.ContentField = @fieldName
              AND f.NormalizedText = @folded AND c.Latest = TRUE
            """,
            new { contentType, partName, fieldName, folded = TextFolding.Fold(value) }, session.Transaction, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    /// <summary>Does the latest version of <paramref name="ownerItemId"/> pick <paramref name="targetItemId"/> in the given picker field?</summary>
    public async Task<bool> IsPickedByAsync(DbSession session, string ownerItemId, string partName, string fieldName, string targetItemId, CancellationToken cancellationToken) =>
        await session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT COUNT(*) FROM ContentPickerFieldIndex f JOIN ContentItemIndex c ON c.Id = f.DocumentId
            WHERE c.ContentItemId = @ownerItemId AND c.Latest = TRUE AND f.ContentPart = @partName AND f.ContentField = @fieldName
              AND f.SelectedContentItemId = @targetItemId
            """,
            new { ownerItemId, partName, fieldName, targetItemId }, session.Transaction, cancellationToken: cancellationToken)) > 0;

    /// <summary>Announces an item that the same session is about to import (a recipe's items may point at each other in any order).</summary>
    public void Expect(DbSession session, string contentItemId, string contentType)
    {
        var memo = Memo<Dictionary<string, string?>>(session, TypesKey);
        memo.TryAdd(contentItemId, contentType);
        if (memo[contentItemId] is null)
        {
            memo[contentItemId] = contentType;
        }
    }

    /// <summary>Keeps the memo right after a save in the same session.</summary>
    public void Remember(DbSession session, ContentItem item, bool removed = false)
    {
        Memo<Dictionary<string, string?>>(session, TypesKey)[item.ContentItemId] = removed ? null : item.ContentType;
        session.Items.Remove(TermsPrefix + item.ContentItemId);
    }

    private static void CollectTerms(JsonArray? terms, HashSet<string> into)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            if (FieldIndexBuilder.ReadString(term["ContentItemId"]) is { } id)
            {
                into.Add(id);
            }

            CollectTerms(term["Terms"] as JsonArray, into);
        }
    }

    private static T Memo<T>(DbSession session, string key) where T : new()
    {
        if (!session.Items.TryGetValue(key, out var value))
        {
            session.Items[key] = value = new T();
        }

        return (T)value;
    }
}
