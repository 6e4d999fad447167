using System.Diagnostics;
using EduHub.Search.Lucene.Analysis;
using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EduHub.SearchBench;

/// <summary>
/// One benchmark index of <see cref="Size"/> synthetic items in its own folder, its reader kept open for the
/// whole run: the 10k and 100k indexes are queried side by side in the same rounds, so both see the same
/// machine load, and neither pays for reopening files or refilling caches between measurements.
/// </summary>
internal sealed class BenchIndex : IDisposable
{
    private readonly string _folder;
    private readonly FSDirectory _directory;

    private BenchIndex(int size, double rate, string folder, FSDirectory directory, DirectoryReader reader)
    {
        Size = size;
        Rate = rate;
        _folder = folder;
        _directory = directory;
        Reader = reader;
        Searcher = new IndexSearcher(reader);
    }

    public int Size { get; }

    /// <summary>Items per second: mapping + analysis + Lucene writes + the final commit (no database).</summary>
    public double Rate { get; }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    /// <summary>Items 0..size-1 of the seed's sequence (the 10k index holds the first 10k of the 100k index's items).</summary>
    public static BenchIndex Build(int size, int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "eduhub-searchbench-" + Guid.NewGuid().ToString("n"));
        var directory = FSDirectory.Open(folder);
        var items = new SyntheticItems(seed);
        var watch = Stopwatch.StartNew();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var n = 0; n < size; n++)
            {
                writer.AddDocument(LuceneDocumentMapper.Map(items.Next(n), "hy", storeSource: false));
            }

            writer.Commit();
        }

        var rate = size / watch.Elapsed.TotalSeconds;
        return new BenchIndex(size, rate, folder, directory, DirectoryReader.Open(directory));
    }

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }
}
