using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.PortalTheme.Routing;

namespace EduHub.PortalTheme.Platforms;

/// <summary>
/// Taxonomy term names in the page's culture: the title is Armenian, a term's own part holds <c>NameEn</c> /
/// <c>NameRu</c>. Read through the query service (published taxonomies only).
/// </summary>
public sealed class PortalTerms(ContentQueryService queries)
{
    private Dictionary<string, string>? _names;

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken cancellationToken)
    {
        if (_names is not null)
        {
            return _names;
        }

        var culture = PortalContent.Culture;
        var page = await queries.QueryAsync(new ContentQuery { ContentTypes = ["Taxonomy"], Take = 100 }, cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var taxonomy in page.Items)
        {
            Collect(taxonomy.Part("TaxonomyPart")?["Terms"] as JsonArray, culture, names);
        }

        return _names = names;
    }

    /// <summary>The names of <paramref name="ids"/> that are known terms, in the given order.</summary>
    public async Task<IReadOnlyList<string>> NamesOfAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cancellationToken);
        return [.. ids.Select(id => names.GetValueOrDefault(id)).OfType<string>()];
    }

    private static void Collect(JsonArray? terms, string culture, Dictionary<string, string> into)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            if (term["ContentItemId"]?.GetValue<string>() is { } id)
            {
                into[id] = Name(term, culture);
            }

            Collect(term["Terms"] as JsonArray, culture, into);
        }
    }

    private static string Name(JsonObject term, string culture)
    {
        var title = term["DisplayText"]?.GetValue<string>() ?? term["ContentItemId"]!.GetValue<string>();
        if (culture == PortalCultures.Default)
        {
            return title;
        }

        var fieldName = "Name" + char.ToUpperInvariant(culture[0]) + culture[1..];
        foreach (var (_, part) in term)
        {
            if (part is JsonObject fields && fields[fieldName] is JsonObject field && field["Text"]?.GetValue<string>() is { Length: > 0 } name)
            {
                return name;
            }
        }

        return title;
    }
}
