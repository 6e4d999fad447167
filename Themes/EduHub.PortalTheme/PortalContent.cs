using System.Globalization;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.PortalTheme.Routing;

namespace EduHub.PortalTheme;

/// <summary>
/// What the portal pages read: published items in the page's culture, falling back to Armenian per translation
/// set. Everything goes through the query service, so the caller's rights (and private fields) apply as in the APIs.
/// </summary>
public sealed class PortalContent(ContentQueryService queries)
{
    private const string LocalizationCulture = "Culture";

    /// <summary>The page's culture (taken from the URL by the portal's culture provider).</summary>
    public static string Culture => PortalCultures.IsSupported(CultureInfo.CurrentUICulture.Name) ? CultureInfo.CurrentUICulture.Name : PortalCultures.Default;

    /// <summary>The page's culture first, then Armenian: every item has its Armenian original.</summary>
    public static IReadOnlyList<string> CulturePreference => Culture == PortalCultures.Default ? [Culture] : [Culture, PortalCultures.Default];

    public Task<ContentPage> ListAsync(string contentType, int take, CancellationToken cancellationToken, ContentFilter? where = null, IReadOnlyList<ContentSort>? orderBy = null, int skip = 0, bool includeTotal = false) =>
        queries.QueryAsync(new ContentQuery
        {
            ContentTypes = [contentType],
            CulturePreference = CulturePreference,
            Where = where,
            OrderBy = orderBy ?? [ContentSort.By(MetadataField.DisplayText)],
            Skip = skip,
            Take = take,
            IncludeTotal = includeTotal,
        }, cancellationToken);

    /// <summary>The published item at an autoroute path (e.g. <c>platforms/khan-academy</c>), or null.</summary>
    public async Task<ContentItem?> ByPathAsync(string path, CancellationToken cancellationToken)
    {
        var page = await queries.QueryAsync(new ContentQuery { Where = new MetadataFilter(MetadataField.Path, FilterOperator.Equals, path), Take = 1 }, cancellationToken);
        return page.Items.FirstOrDefault();
    }

    /// <summary>The culture an item is written in (its LocalizationPart), Armenian when it has none.</summary>
    public static string CultureOf(ContentItem item) => item.Part("LocalizationPart")?[LocalizationCulture]?.GetValue<string>() ?? PortalCultures.Default;
}
