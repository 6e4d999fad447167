using EduHub.Search.Lucene.Indexing;

namespace EduHub.Search.Lucene.OrchardApi;

/// <summary>Orchard Core's Lucene field names mapped onto ours, so existing queries keep working.</summary>
internal static class OrchardFieldNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Content.ContentItem.ContentItemId"] = SearchFields.Id,
        ["ContentItemId"] = SearchFields.Id,
        ["Content.ContentItem.ContentType"] = SearchFields.Type,
        ["Content.ContentItem.DisplayText"] = SearchFields.Title,
        ["Content.ContentItem.DisplayText.Analyzed"] = SearchFields.Title,
        ["Content.ContentItem.FullText"] = SearchFields.Text,
        ["Content.ContentItem.Published"] = SearchFields.Published,
        ["Content.ContentItem.Owner"] = SearchFields.Owner,
        ["Content.LocalizationPart.Culture"] = SearchFields.Culture,
        ["Content.ContentItem.DisplayText.keyword"] = SortDisplayText,
        ["Content.ContentItem.DisplayText.Normalized"] = SortDisplayText,
        ["Content.ContentItem.ModifiedUtc"] = SortModified,
    };

    public const string SortDisplayText = SearchFields.SortDisplayText;
    public const string SortModified = SearchFields.SortModified;

    /// <summary>Ours for theirs; <c>Part.Field.Text</c> (Orchard's suffix) as our <c>Part.Field</c>; anything else unchanged.</summary>
    public static string Map(string field)
    {
        if (Known.TryGetValue(field, out var ours))
        {
            return ours;
        }

        foreach (var suffix in new[] { ".Text", ".Html", ".Analyzed", ".Values" })
        {
            if (field.EndsWith(suffix, StringComparison.Ordinal) && field.Count(c => c == '.') >= 2)
            {
                return field[..^suffix.Length];
            }
        }

        return field;
    }
}
