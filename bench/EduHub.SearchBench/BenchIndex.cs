using System.Diagnostics;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Profiles;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace EduHub.SearchBench;

/// <summary>
/// One benchmark index of <see cref="Size"/> synthetic items in its own folder, its reader kept open for the
/// whole run: the 10k and 100k indexes are queried side by side in the same rounds, so both see the same
/// machine load, and neither pays for reopening files or refilling caches between measurements.
/// </summary>
internal sealed class BenchIndex : IDisposable
{
    private readonly string _folder;
    private readonly bool _kept;
    private readonly global::Lucene.Net.Store.Directory _directory;

    private BenchIndex(int size, double? rate, string folder, bool kept, global::Lucene.Net.Store.Directory directory, DirectoryReader reader)
    {
        _kept = kept;
        Size = size;
        Rate = rate;
        _folder = folder;
        _directory = directory;
        Reader = reader;
        Searcher = new IndexSearcher(reader);
    }

    public int Size { get; }

    /// <summary>Items per second: mapping + analysis + Lucene writes + the merge and commit that end a rebuild (no database); null when a kept index was reused.</summary>
    public double? Rate { get; }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    /// <summary>Number of segments of the index as built, which every query pays for per segment.</summary>
    public int Segments => Reader.Leaves.Count;

    /// <summary>Bytes of the index's files on disk after the rebuild's merge and commit.</summary>
    public long Bytes => new DirectoryInfo(_folder).EnumerateFiles().Sum(f => f.Length);

    /// <summary>
    /// Items 0..size-1 of the seed's sequence (the 10k index holds the first 10k of the 100k index's items), written
    /// the way the product's full rebuild writes them: through <see cref="LuceneIndex"/> with its writer settings,
    /// every item added, then <see cref="LuceneIndex.CommitRebuild"/> (merge down, commit).
    /// </summary>
    /// <param name="keepIn">
    /// A folder to keep the index in (<c>--keep-indexes</c>), for repeated runs while working on the query side: an index
    /// of this size and seed already there is reused as it is (no indexing rate then), a new one is left there.
    /// </param>
    public static BenchIndex Build(int size, int seed, string? keepIn)
    {
        var folder = keepIn is null
            ? Path.Combine(Path.GetTempPath(), "eduhub-searchbench-" + Guid.NewGuid().ToString("n"))
            : Path.Combine(keepIn, $"{size}-seed{seed}");
        if (keepIn is not null && System.IO.Directory.Exists(folder))
        {
            var existing = SearchDirectory.Open(folder);
            return new BenchIndex(size, null, folder, kept: true, existing, DirectoryReader.Open(existing));
        }

        var items = new SyntheticItems(seed);
        var watch = Stopwatch.StartNew();
        using (var index = LuceneIndex.Open(new IndexProfile("bench", SyntheticItems.Types), folder))
        {
            for (var n = 0; n < size; n++)
            {
                index.Add(LuceneDocumentMapper.Map(items.Next(n), "hy", storeSource: false));
            }

            index.CommitRebuild(cursor: 0, definitionsVersion: 0);
        }

        var rate = size / watch.Elapsed.TotalSeconds;
        var directory = SearchDirectory.Open(folder);
        return new BenchIndex(size, rate, folder, kept: keepIn is not null, directory, DirectoryReader.Open(directory));
    }

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
        if (!_kept)
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }
}
