using EduHub.Search.Lucene.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace EduHub.Search.Lucene.Indexing;

/// <summary>
/// How every search index is written, shared by <see cref="LuceneIndex"/> and bench/EduHub.SearchBench so that the
/// benchmark measures the index the product builds. A search index is read far more often than it is written, and
/// each query pays per segment (weights, term lookups, and for a phrase two 16 KB position buffers per field per
/// segment), so a full rebuild ends with one segment; the worker's small batches after it are merged by Lucene's
/// default tiered policy.
/// </summary>
internal static class SearchIndexWriterSettings
{
    /// <summary>
    /// Larger than Lucene's 16 MB default: a rebuild flushes fewer, larger segments and merges less on the way
    /// (docs/performance.md, "Search", fourth run). It is a ceiling, reached only while a rebuild buffers documents.
    /// </summary>
    public const double RamBufferSizeMB = 64;

    /// <summary>Segments a full rebuild leaves behind.</summary>
    public const int SegmentsAfterRebuild = 1;

    public static IndexWriterConfig Create(OpenMode openMode) =>
        new(LuceneVersion.LUCENE_48, SearchAnalyzers.PerField) { OpenMode = openMode, RAMBufferSizeMB = RamBufferSizeMB };

    /// <summary>Once a rebuild has added every document, before its commit: merges what it flushed down to <see cref="SegmentsAfterRebuild"/>.</summary>
    public static void MergeAfterRebuild(IndexWriter writer) => writer.ForceMerge(SegmentsAfterRebuild);
}
