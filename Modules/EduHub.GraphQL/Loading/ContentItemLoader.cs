using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using GraphQL.DataLoader;

namespace EduHub.GraphQL.Loading;

/// <summary>
/// Loads picked items and taxonomies by id in batches: every id requested while GraphQL.NET walks one
/// level of the query is fetched with one lookup by id (permissions and private fields applied by the query service).
/// Ids whose selection needs only index-row data (<c>contentItems { displayText }</c>) are loaded without their
/// documents; an item loaded whole serves both kinds of request.
/// </summary>
internal sealed class ContentItemLoader(ContentQueryService queries) : IDisposable
{
    private readonly Dictionary<string, ContentItem?> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentItem?> _loadedRowsOnly = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pendingRowsOnly = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>How many database round trips this request made for related items (tests count them).</summary>
    public int Batches { get; private set; }

    /// <param name="rowsOnly">True when the caller reads only index-row data (ids, type, display text, dates, flags).</param>
    public IDataLoaderResult<IReadOnlyList<ContentItem>> LoadMany(IReadOnlyList<string> ids, bool rowsOnly = false)
    {
        lock (_pending)
        {
            foreach (var id in ids.Where(id => !_loaded.ContainsKey(id) && !(rowsOnly && _loadedRowsOnly.ContainsKey(id))))
            {
                (rowsOnly ? _pendingRowsOnly : _pending).Add(id);
            }
        }

        return new BatchResult<IReadOnlyList<ContentItem>>(async ct =>
        {
            await FlushAsync(ct);
            return ids.Select(id => _loaded.TryGetValue(id, out var item) || (rowsOnly && _loadedRowsOnly.TryGetValue(id, out item)) ? item : null)
                .OfType<ContentItem>().ToList();
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
            List<string> whole, rowsOnly;
            lock (_pending)
            {
                whole = [.. _pending];
                rowsOnly = [.. _pendingRowsOnly.Where(id => !_pending.Contains(id))];
                _pending.Clear();
                _pendingRowsOnly.Clear();
            }

            await LoadAsync(whole, _loaded, includeContent: true, cancellationToken);
            await LoadAsync(rowsOnly, _loadedRowsOnly, includeContent: false, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task LoadAsync(List<string> ids, Dictionary<string, ContentItem?> into, bool includeContent, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        Batches++;
        foreach (var chunk in ids.Chunk(ContentQueryService.MaxPageSize))
        {
            var items = await queries.LoadPublishedAsync(chunk, includeContent, cancellationToken);
            foreach (var id in chunk)
            {
                into[id] = null;
            }

            foreach (var item in items)
            {
                into[item.ContentItemId] = item;
            }
        }
    }
}
