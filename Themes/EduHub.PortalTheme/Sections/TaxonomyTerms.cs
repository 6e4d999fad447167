using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.PortalTheme.Rendering;

namespace EduHub.PortalTheme.Sections;

/// <summary>A taxonomy term with its name in the page culture (title in Armenian, <c>NameEn</c>/<c>NameRu</c> fields).</summary>
public sealed record TaxonomyTerm(string Id, string Name, string? Code);

/// <summary>Terms of a taxonomy (Regions, Subjects, Languages), read through the query service like any item.</summary>
public static class TaxonomyTerms
{
    public const string Regions = "ehitax0000000000000regions";
    public const string Subjects = "ehitax000000000000subjects";
    public const string Languages = "ehitax00000000000languages";

    public static async Task<IReadOnlyList<TaxonomyTerm>> LoadAsync(ContentQueryService queries, string taxonomyId, string culture, CancellationToken cancellationToken)
    {
        var page = await queries.QueryAsync(new ContentQuery
        {
            ContentTypes = ["Taxonomy"],
            Where = new MetadataFilter(MetadataField.ContentItemId, FilterOperator.Equals, taxonomyId),
            Take = 1,
        }, cancellationToken);
        var terms = new List<TaxonomyTerm>();
        if (page.Items.FirstOrDefault()?.Part("TaxonomyPart")?["Terms"] is JsonArray array)
        {
            Collect(array, culture, terms);
        }

        return terms;
    }

    /// <summary>The names of <paramref name="ids"/> in their stored order (unknown ids are skipped).</summary>
    public static IReadOnlyList<string> NamesOf(this IReadOnlyList<TaxonomyTerm> terms, IEnumerable<string> ids) =>
        [.. ids.Select(id => terms.FirstOrDefault(t => t.Id == id)?.Name).OfType<string>()];

    private static void Collect(JsonArray array, string culture, List<TaxonomyTerm> terms)
    {
        foreach (var node in array.OfType<JsonObject>())
        {
            var term = ContentItemJson.FromJson(node);
            var translated = culture switch
            {
                "en" => term.Text(term.ContentType, "NameEn"),
                "ru" => term.Text(term.ContentType, "NameRu"),
                _ => null,
            };
            terms.Add(new(term.ContentItemId, translated ?? term.DisplayText ?? term.ContentItemId, term.Text(term.ContentType, "Code")));
            if (node["Terms"] is JsonArray children)
            {
                Collect(children, culture, terms);
            }
        }
    }
}
