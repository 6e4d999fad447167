using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using GraphQL.DataLoader;

namespace EduHub.GraphQL.Loading;

/// <summary>
/// Loads picked items and taxonomies by id in batches: every id requested while GraphQL.NET walks one
/// level of the query is fetched with one query (permissions and private fields applied by the query service).
/// </summary>
internal sealed class ContentItemLoader(ContentQueryService queries) : IDisposable
{
    private readonly Dictionary<string, ContentItem?> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>How many database round trips this request made for related items (tests count them).</summary>
    public int Batches { get; private set; }

    public IDataLoaderResult<IReadOnlyList<ContentItem>> LoadMany(IReadOnlyList<string> ids)
    {
        foreach (var id in ids.Where(id => !_loaded.ContainsKey(id)))
        {
            _pending.Add(id);
        }

        return new BatchResult<IReadOnlyList<ContentItem>>(async ct =>
        {
            await FlushAsync(ct);
            return ids.Select(id => _loaded.GetValueOrDefault(id)).OfType<ContentItem>().ToList();
        });
    }

    public IDataLoaderResult<ContentItem?> Load(string id)
    {
        var many = LoadMany([id]);
        return new BatchResult<ContentItem?>(async ct => (await many.GetResultAsync(ct)).FirstOrDefault());
    }

    public void Dispose() => _gate.Dispose();

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_pending.Count == 0)
            {
                return;
            }

            var ids = _pending.ToList();
            _pending.Clear();
            Batches++;
            foreach (var chunk in ids.Chunk(ContentQueryService.MaxPageSize))
            {
                var page = await queries.QueryAsync(new ContentQuery
                {
                    Where = new MetadataFilter(MetadataField.ContentItemId, FilterOperator.In, chunk.Cast<object?>().ToList()),
                    Status = ContentStatus.Published,
                    OrderBy = [ContentSort.By(MetadataField.ContentItemId)],
                    Take = chunk.Length,
                }, cancellationToken);
                foreach (var id in chunk)
                {
                    _loaded[id] = null;
                }

                foreach (var item in page.Items)
                {
                    _loaded[item.ContentItemId] = item;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
