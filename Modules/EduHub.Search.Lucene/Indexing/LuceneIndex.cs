using EduHub.Search.Lucene.Profiles;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace EduHub.Search.Lucene.Indexing;

/// <summary>
/// One index profile's Lucene index on this node. The node's cursor into the database's indexing-task log,
/// the definitions version and the profile fingerprint are stored in the commit's user data, so the index
/// and its position in the log are always committed together.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    private const string CursorKey = "eduhub.cursor";
    private const string DefinitionsKey = "eduhub.definitions";
    private const string ProfileKey = "eduhub.profile";

    private readonly global::Lucene.Net.Store.Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    private LuceneIndex(IndexProfile profile, string path, global::Lucene.Net.Store.Directory directory, IDictionary<string, string>? userData, string? openProblem, IndexWriterConfig config)
    {
        Profile = profile;
        Path = path;
        _directory = directory;
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        Cursor = userData is not null && userData.TryGetValue(CursorKey, out var c) && long.TryParse(c, out var cursor) ? cursor : -1;
        DefinitionsVersion = userData is not null && userData.TryGetValue(DefinitionsKey, out var d) && long.TryParse(d, out var version) ? version : -1;
        var fingerprint = userData?.TryGetValue(ProfileKey, out var f) == true ? f : null;
        OpenProblem = openProblem ?? (userData is null ? "no index on this node yet" : fingerprint != profile.Fingerprint ? "the index profile changed" : null);
    }

    public IndexProfile Profile { get; }

    public string Path { get; }

    /// <summary>Id of the last indexing task applied and committed; -1 until the first rebuild.</summary>
    public long Cursor { get; private set; }

    public long DefinitionsVersion { get; private set; }

    /// <summary>Why the index must be rebuilt before use (missing, corrupt, profile changed), or null.</summary>
    public string? OpenProblem { get; private set; }

    /// <summary>Serializes writers (worker, CLI, admin rebuild); readers never wait.</summary>
    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    public int DocumentCount => _writer.NumDocs;

    /// <summary>Opens the folder; an unreadable (corrupt) index is deleted and reported for rebuilding, never fatal.</summary>
    public static LuceneIndex Open(IndexProfile profile, string path) => Open(profile, path, SearchIndexWriterSettings.Create(OpenMode.CREATE_OR_APPEND));

    /// <param name="config">The writer's settings; <see cref="SearchIndexWriterSettings.Create"/> unless a test needs small flushes.</param>
    public static LuceneIndex Open(IndexProfile profile, string path, IndexWriterConfig config)
    {
        System.IO.Directory.CreateDirectory(path);
        string? problem = null;
        IDictionary<string, string>? userData = null;
        var directory = SearchDirectory.Open(path);
        try
        {
            if (DirectoryReader.IndexExists(directory))
            {
                using var reader = DirectoryReader.Open(directory);
                foreach (var leaf in reader.Leaves)
                {
                    _ = leaf.AtomicReader.GetTerms(SearchFields.Id)?.GetEnumerator().MoveNext();
                }

                userData = new Dictionary<string, string>(reader.IndexCommit.UserData);
            }
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException or ArgumentException or EndOfStreamException)
        {
            directory.Dispose();
            System.IO.Directory.Delete(path, recursive: true);
            System.IO.Directory.CreateDirectory(path);
            directory = SearchDirectory.Open(path);
            problem = $"the index was unreadable ({e.GetType().Name}: {e.Message})";
        }

        try
        {
            return new LuceneIndex(profile, path, directory, userData, problem, config);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public void Upsert(string contentItemId, Document document) => _writer.UpdateDocument(new Term(SearchFields.Id, contentItemId), document);

    public void Add(Document document) => _writer.AddDocument(document);

    public void Delete(string contentItemId) => _writer.DeleteDocuments(new Term(SearchFields.Id, contentItemId));

    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>Commits the changes together with the cursor, then makes them visible to searches.</summary>
    public void Commit(long cursor, long definitionsVersion)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [CursorKey] = cursor.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [DefinitionsKey] = definitionsVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [ProfileKey] = Profile.Fingerprint,
        });
        _writer.Commit();
        Cursor = cursor;
        DefinitionsVersion = definitionsVersion;
        OpenProblem = null;
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Ends a full rebuild: merges its segments down (<see cref="SearchIndexWriterSettings.MergeAfterRebuild"/>), then commits as <see cref="Commit"/>.</summary>
    public void CommitRebuild(long cursor, long definitionsVersion)
    {
        SearchIndexWriterSettings.MergeAfterRebuild(_writer);
        Commit(cursor, definitionsVersion);
    }

    /// <summary>A rebuild that failed half-way leaves uncommitted deletions: the next round must rebuild, not commit them.</summary>
    public void MarkBroken(string problem) => OpenProblem = problem;

    public T Search<T>(Func<IndexSearcher, T> work)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        WriteLock.Dispose();
    }
}
