using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using GraphQL.DataLoader;

namespace EduHub.GraphQL.Loading;

/// <summary>
/// Loads picked items and taxonomies by id in batches: every id requested while GraphQL.NET walks one
/// level of the query is fetched with one lookup by id (permissions and private fields applied by the query service).
/// Ids whose selection needs only index-row data (<c>contentItems { displayText }</c>) are loaded without their
/// documents; an item loaded whole serves both kinds of request. For anonymous callers those index rows come from
/// <see cref="PickedRowCache"/> when it has them.
/// </summary>
/// <param name="rowCache">The anonymous callers' cache of picked rows; null for callers who are signed in.</param>
/// <param name="contentTypes">Every content type (the generations to store cached rows under).</param>
/// <param name="mayView">
/// The caller's view permission, checked again on every cached row: roles can change without any content changing.
/// </param>
internal sealed class ContentItemLoader(
    ContentQueryService queries,
    PickedRowCache? rowCache = null,
    IReadOnlyList<string>? contentTypes = null,
    Func<ContentItem, bool>? mayView = null) : IDisposable
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
            // A loop, not LINQ: every picker of every item of a page comes here (a closure, a predicate and two iterators each).
            for (var i = 0; i < ids.Count; i++)
            {
                var id = ids[i];
                if (!_loaded.ContainsKey(id) && !(rowsOnly && _loadedRowsOnly.ContainsKey(id)))
                {
                    (rowsOnly ? _pendingRowsOnly : _pending).Add(id);
                }
            }
        }

        return new PickedItemsResult(this, ids, rowsOnly);
    }

    public IDataLoaderResult<ContentItem?> Load(string id)
    {
        var many = LoadMany([id]);
        return new BatchResult<ContentItem?>(async ct => (await many.GetResultAsync(ct)).FirstOrDefault());
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>The items of <paramref name="ids"/> loaded so far, in their order (see <see cref="PickedItemsResult"/>).</summary>
    internal List<ContentItem> Found(IReadOnlyList<string> ids, bool rowsOnly)
    {
        var found = new List<ContentItem>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if ((_loaded.TryGetValue(id, out var item) || (rowsOnly && _loadedRowsOnly.TryGetValue(id, out item))) && item is not null)
            {
                found.Add(item);
            }
        }

        return found;
    }

    /// <summary>Loads whatever is pending; already complete when nothing is.</summary>
    internal Task FlushAsync(CancellationToken cancellationToken)
    {
        // The first result asked for loads the whole batch; the other 19 of a page find nothing pending. Nothing pending
        // and no flush holding the gate (checked in this order: a flush takes the gate before it takes the pending ids
        // and keeps it until they are loaded) means every id asked for so far is loaded: no gate, no lists, no await.
        lock (_pending)
        {
            if (_pending.Count == 0 && _pendingRowsOnly.Count == 0 && _gate.CurrentCount == 1)
            {
                return Task.CompletedTask;
            }
        }

        return FlushPendingAsync(cancellationToken);
    }

    private async Task FlushPendingAsync(CancellationToken cancellationToken)
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
        var cache = !includeContent && rowCache is { Enabled: true } ? rowCache : null;
        if (cache is not null)
        {
            var missing = new List<string>(ids.Count);
            foreach (var id in ids)
            {
                if (cache.Find(id) is { } row)
                {
                    into[id] = mayView is null || mayView(row) ? row : null;
                }
                else
                {
                    missing.Add(id);
                }
            }

            ids = missing;
        }

        if (ids.Count == 0)
        {
            return;
        }

        var generations = cache?.GenerationsBeforeReading(contentTypes ?? []);
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
                cache?.Add(item, generations!);
            }
        }
    }
}
