using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.Core.Security;

namespace EduHub.Platforms.Pages.Partners.Listings;

/// <summary><c>/partners/{culture}/listings</c>: the organisation's Platform listings with their review status.</summary>
public sealed class IndexModel(ContentManager content, ContentQueryService queries, ContentCallerAccessor callers) : ListingsPageModel(content, callers)
{
    private const int Limit = 500;

    public IReadOnlyList<(ContentItem Item, string Status)> Listings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await queries.QueryAsync(new ContentQuery
        {
            ContentTypes = [PlatformType],
            Status = ContentStatus.Latest,
            OrderBy = [ContentSort.By(MetadataField.DisplayText)],
            Take = Limit,
        }, cancellationToken);
        var rows = new List<(ContentItem, string)>();
        foreach (var item in page.Items.Where(IsOwn))
        {
            var state = Reviews is { } reviews ? (await reviews.HistoryAsync(item.ContentItemId, cancellationToken)).State : "draft";
            rows.Add((item, ListingStatus.Label(state, item.Published)));
        }

        Listings = rows;
    }
}
