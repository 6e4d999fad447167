using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using GraphQL.DataLoader;

namespace EduHub.GraphQL.Loading;

/// <summary>
/// Reverse relations in batches: the items of one type whose picker field points at any of the requested
/// items ("the schools listing these mentors"), one query per level of the GraphQL query.
/// </summary>
internal sealed class ReferencingItemsLoader(ContentQueryService queries, string contentType, string partName, string fieldName)
{
    /// <summary>Upper bound of related items fetched per batch (the query service's page limit).</summary>
    public const int MaxItemsPerBatch = ContentQueryService.MaxPageSize;

    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ContentItem>> _loaded = new(StringComparer.Ordinal);
    private Task? _flush;

    public IDataLoaderResult<IReadOnlyList<ContentItem>> Load(string targetId)
    {
        if (!_loaded.ContainsKey(targetId))
        {
            _pending.Add(targetId);
        }

        return new BatchResult<IReadOnlyList<ContentItem>>(async ct =>
        {
            if (_pending.Count > 0)
            {
                _flush = FlushAsync(ct);
            }

            if (_flush is not null)
            {
                await _flush;
            }

            return _loaded.GetValueOrDefault(targetId) ?? [];
        });
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var ids = _pending.ToList();
        _pending.Clear();
        foreach (var id in ids)
        {
            _loaded[id] = [];
        }

        var page = await queries.QueryAsync(new ContentQuery
        {
            ContentTypes = [contentType],
            Where = new FieldFilter(partName, fieldName, FilterOperator.In, ids.Cast<object?>().ToList()),
            OrderBy = [ContentSort.By(MetadataField.DisplayText)],
            Take = MaxItemsPerBatch,
        }, cancellationToken);
        foreach (var item in page.Items)
        {
            foreach (var picked in item.Field(partName, fieldName)?["ContentItemIds"]?.AsArray().Select(n => n?.GetValue<string>()) ?? [])
            {
                if (picked is not null && _loaded.TryGetValue(picked, out var list))
                {
                    list.Add(item);
                }
            }
        }
    }
}
