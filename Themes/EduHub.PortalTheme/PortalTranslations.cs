using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;

namespace EduHub.PortalTheme;

/// <summary>The published translations of an item (same localization set), by culture, for language links.</summary>
public sealed class PortalTranslations(ContentQueryService queries)
{
    private const string LocalizationSet = "LocalizationSet";

    public async Task<IReadOnlyDictionary<string, ContentItem>> OfAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var set = item.Part("LocalizationPart")?[LocalizationSet]?.GetValue<string>();
        if (set is null)
        {
            return new Dictionary<string, ContentItem> { [PortalContent.CultureOf(item)] = item };
        }

        var page = await queries.QueryAsync(new ContentQuery
        {
            ContentTypes = [item.ContentType],
            Where = new MetadataFilter(MetadataField.LocalizationSet, FilterOperator.Equals, set),
            Take = 10,
        }, cancellationToken);
        return page.Items.GroupBy(PortalContent.CultureOf).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
