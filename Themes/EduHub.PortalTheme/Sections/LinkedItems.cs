using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;

namespace EduHub.PortalTheme.Sections;

/// <summary>
/// Items a picker points to, shown in the page culture: pickers store the Armenian originals' ids, so the
/// translations are found through their localization sets (falling back to Armenian like every list).
/// </summary>
public static class LinkedItems
{
    public static async Task<IReadOnlyList<ContentItem>> LoadAsync(ContentQueryService queries, string contentType, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var picked = await queries.QueryAsync(new ContentQuery
        {
            ContentTypes = [contentType],
            Where = new MetadataFilter(MetadataField.ContentItemId, FilterOperator.In, [.. ids]),
            Take = ids.Count,
        }, cancellationToken);
        var sets = picked.Items.Select(i => i.Part("LocalizationPart")?["LocalizationSet"]?.GetValue<string>()).OfType<string>().Distinct().ToList();
        var withoutSet = picked.Items.Where(i => i.Part("LocalizationPart")?["LocalizationSet"] is null).ToList();
        if (sets.Count == 0)
        {
            return withoutSet;
        }

        var localized = await queries.QueryAsync(new ContentQuery
        {
            ContentTypes = [contentType],
            CulturePreference = PortalContent.CulturePreference,
            Where = new MetadataFilter(MetadataField.LocalizationSet, FilterOperator.In, [.. sets]),
            OrderBy = [ContentSort.By(MetadataField.DisplayText)],
            Take = sets.Count,
        }, cancellationToken);
        return [.. localized.Items, .. withoutSet];
    }
}
