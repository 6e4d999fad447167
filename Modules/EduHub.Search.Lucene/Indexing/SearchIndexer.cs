using System.Collections.Concurrent;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Indexing;
using EduHub.Core.Metadata;
using EduHub.Search.Lucene.Profiles;
using Microsoft.Extensions.Logging;

namespace EduHub.Search.Lucene.Indexing;

/// <summary>
/// Keeps this node's indexes in step with the database: opens one index per profile, rebuilds an index that
/// is missing, corrupt or built from other definitions or another profile, and applies the indexing tasks
/// written after the index's own cursor, in batches. All writes to an index go through its write lock.
/// </summary>
internal sealed class SearchIndexer(
    IndexProfileStore profiles,
    SearchPaths paths,
    ContentChangeFeed feed,
    ContentIndexBuilder builder,
    ContentStore store,
    ContentDefinitionManager definitions,
    SiteSettingsStore settings,
    Database database,
    TimeProvider clock,
    ILogger<SearchIndexer> logger) : IDisposable
{
    public const int BatchSize = 500;

    private readonly ConcurrentDictionary<string, LuceneIndex> _indexes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, RebuildProgress> _progress = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _rebuildRequests = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly SemaphoreSlim _sync = new(1, 1);

    public IReadOnlyCollection<LuceneIndex> Indexes => _indexes.Values.ToList();

    public LuceneIndex? Find(string name) => _indexes.GetValueOrDefault(name);

    public RebuildProgress? ProgressOf(string name) => _progress.GetValueOrDefault(name);

    /// <summary>A rebuild was asked for and the worker has not started it yet.</summary>
    public bool IsRebuildRequested(string name) => _rebuildRequests.ContainsKey(name);

    /// <summary>Wakes the worker (a change was committed on this node, or a rebuild was asked for).</summary>
    public void Nudge()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public void RequestRebuild(string name, string reason)
    {
        _rebuildRequests[name] = reason;
        Nudge();
    }

    public async Task WaitForWorkAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(_signal.WaitAsync(linked.Token), Task.Delay(interval, clock, linked.Token));
        await linked.CancelAsync();
    }

    /// <summary>One round: profiles, rebuilds, then one batch of tasks per index. True when more tasks wait.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await SyncProfilesAsync(cancellationToken);
        var snapshot = await definitions.GetAsync(cancellationToken);
        var more = false;
        foreach (var index in _indexes.Values)
        {
            var reason = _rebuildRequests.TryRemove(index.Profile.Name, out var requested) ? requested
                : index.OpenProblem ?? (index.DefinitionsVersion != snapshot.Version ? "the content definitions changed" : null);
            if (reason is not null)
            {
                await RebuildAsync(index, reason, cancellationToken);
            }

            more |= await ApplyNextBatchAsync(index, cancellationToken);
        }

        return more;
    }

    /// <summary>Opens indexes of new profiles, drops those whose profile was removed.</summary>
    public async Task SyncProfilesAsync(CancellationToken cancellationToken)
    {
        await _sync.WaitAsync(cancellationToken);
        try
        {
            var current = await profiles.ListAsync(cancellationToken);
            foreach (var profile in current)
            {
                if (_indexes.TryGetValue(profile.Name, out var open) && open.Profile.Fingerprint == profile.Fingerprint && open.Profile.Name == profile.Name)
                {
                    continue;
                }

                if (open is not null)
                {
                    _indexes.TryRemove(profile.Name, out _);
                    await CloseAsync(open, cancellationToken);
                }

                LuceneIndex index;
                try
                {
                    index = LuceneIndex.Open(profile, paths.For(profile.Name));
                }
                catch (global::Lucene.Net.Store.LockObtainFailedException e)
                {
                    // Another process (or host) of the same node name holds the folder: retried next round.
                    logger.LogWarning(e, "Search index {Index} is locked by another process using node name {Node}", profile.Name, paths.NodeName);
                    continue;
                }

                if (index.OpenProblem is { } problem && open is null)
                {
                    logger.LogInformation("Search index {Index} will be rebuilt: {Problem}", profile.Name, problem);
                }

                _indexes[profile.Name] = index;
            }

            foreach (var stale in _indexes.Values.Where(i => !current.Any(p => string.Equals(p.Name, i.Profile.Name, StringComparison.OrdinalIgnoreCase))).ToList())
            {
                _indexes.TryRemove(stale.Profile.Name, out _);
                await CloseAsync(stale, cancellationToken);
                Directory.Delete(stale.Path, recursive: true);
            }
        }
        finally
        {
            _sync.Release();
        }
    }

    public async Task<RebuildProgress> RebuildAsync(string name, string reason, CancellationToken cancellationToken, Action<RebuildProgress>? report = null)
    {
        await SyncProfilesAsync(cancellationToken);
        var index = Find(name) ?? throw new KeyNotFoundException($"Unknown index '{name}'.");
        return await RebuildAsync(index, reason, cancellationToken, report);
    }

    private async Task<RebuildProgress> RebuildAsync(LuceneIndex index, string reason, CancellationToken cancellationToken, Action<RebuildProgress>? report = null)
    {
        var progress = new RebuildProgress { IndexName = index.Profile.Name, Reason = reason, StartedUtc = clock.GetUtcNow() };
        _progress[index.Profile.Name] = progress;
        logger.LogInformation("Rebuilding search index {Index}: {Reason}", index.Profile.Name, reason);
        await index.WriteLock.WaitAsync(cancellationToken);
        try
        {
            var cursor = await feed.LatestIdAsync(cancellationToken);
            var snapshot = await definitions.GetAsync(cancellationToken);
            var defaultCulture = await DefaultCultureAsync(cancellationToken);
            var profile = index.Profile;
            index.DeleteAll();
            await using var session = await DbSession.BeginAsync(database, cancellationToken, readOnly: true);
            progress.Total = await builder.CountAsync(session, profile.ContentTypes, profile.IndexLatest, cancellationToken);
            report?.Invoke(progress);
            long after = 0;
            while (true)
            {
                var ids = await builder.ListAsync(session, profile.ContentTypes, profile.IndexLatest, after, BatchSize, cancellationToken);
                if (ids.Count == 0)
                {
                    break;
                }

                foreach (var item in await store.LoadAsync(session, ids, cancellationToken))
                {
                    var document = await builder.BuildAsync(session, item, snapshot, cancellationToken);
                    if (profile.Includes(item.ContentType, document.Culture))
                    {
                        index.Add(LuceneDocumentMapper.Map(document, defaultCulture, profile.StoreSourceData));
                    }
                }

                after = ids[^1];
                progress.Add(ids.Count);
                report?.Invoke(progress);
            }

            index.CommitRebuild(cursor, snapshot.Version);
            progress.FinishedUtc = clock.GetUtcNow();
            report?.Invoke(progress);
            return progress;
        }
        catch (Exception e)
        {
            index.MarkBroken($"the last rebuild failed ({e.GetType().Name})");
            progress.Error = e.Message;
            progress.FinishedUtc = clock.GetUtcNow();
            throw;
        }
        finally
        {
            index.WriteLock.Release();
        }
    }

    private async Task<bool> ApplyNextBatchAsync(LuceneIndex index, CancellationToken cancellationToken)
    {
        await index.WriteLock.WaitAsync(cancellationToken);
        try
        {
            if (index.OpenProblem is not null)
            {
                return false;
            }

            var entries = await feed.ReadAfterAsync(index.Cursor, BatchSize, cancellationToken);
            if (entries.Count == 0)
            {
                return false;
            }

            var profile = index.Profile;
            var snapshot = await definitions.GetAsync(cancellationToken);
            var defaultCulture = await DefaultCultureAsync(cancellationToken);
            await using var session = await DbSession.BeginAsync(database, cancellationToken, readOnly: true);
            var ids = new List<string>();
            foreach (var entry in entries)
            {
                ids.Add(entry.ContentItemId);

                // A platform shows its provider's name, a school its region's names: their documents change with them.
                ids.AddRange(await builder.ReferencingAsync(session, entry.ContentItemId, cancellationToken));
                if (snapshot.HasPart(entry.ContentType, "TaxonomyPart"))
                {
                    ids.AddRange(await builder.UsingTermsOfAsync(session, entry.ContentItemId, cancellationToken));
                }
            }

            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                var item = await builder.LoadAsync(session, id, profile.IndexLatest, cancellationToken);
                if (item is null || !profile.ContentTypes.Contains(item.ContentType))
                {
                    index.Delete(id);
                    continue;
                }

                var document = await builder.BuildAsync(session, item, snapshot, cancellationToken);
                if (profile.Includes(item.ContentType, document.Culture))
                {
                    index.Upsert(id, LuceneDocumentMapper.Map(document, defaultCulture, profile.StoreSourceData));
                }
                else
                {
                    index.Delete(id);
                }
            }

            index.Commit(entries[^1].Id, index.DefinitionsVersion);
            return entries.Count == BatchSize;
        }
        finally
        {
            index.WriteLock.Release();
        }
    }

    private async Task<string> DefaultCultureAsync(CancellationToken cancellationToken) =>
        await settings.GetStringAsync("DefaultCulture", cancellationToken) is { } culture && SearchFields.Cultures.Contains(culture) ? culture : "hy";

    private static async Task CloseAsync(LuceneIndex index, CancellationToken cancellationToken)
    {
        await index.WriteLock.WaitAsync(cancellationToken);
        index.Dispose();
    }

    public void Dispose()
    {
        foreach (var index in _indexes.Values)
        {
            index.Dispose();
        }

        _indexes.Clear();
        _signal.Dispose();
        _sync.Dispose();
    }
}
