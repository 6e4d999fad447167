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
    private readonly global::Lucene.Net.Store.Directory _directory;

    private BenchIndex(int size, double rate, string folder, global::Lucene.Net.Store.Directory directory, DirectoryReader reader)
    {
        Size = size;
        Rate = rate;
        _folder = folder;
        _directory = directory;
        Reader = reader;
        Searcher = new IndexSearcher(reader);
    }

    public int Size { get; }

    /// <summary>Items per second: mapping + analysis + Lucene writes + the merge and commit that end a rebuild (no database).</summary>
    public double Rate { get; }

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
    public static BenchIndex Build(int size, int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "eduhub-searchbench-" + Guid.NewGuid().ToString("n"));
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
        return new BenchIndex(size, rate, folder, directory, DirectoryReader.Open(directory));
    }

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }
}
