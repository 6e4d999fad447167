using Lucene.Net.Store;

namespace EduHub.Search.Lucene.Indexing;

/// <summary>
/// An index folder as searches read it: memory-mapped, except the stored fields. Reading a hit's stored fields
/// decompresses its chunk byte by byte, and a byte read from Lucene.NET's memory-mapped input costs tens of
/// nanoseconds (bounds and position checks per call, worse with concurrent readers: lucenenet issue #1151), which made
/// the stored fields about two thirds of a search showing 14 hits on 100k items. Read through a buffered input, each
/// byte is an array read and the file is read a buffer at a time. Postings, norms and doc values stay memory-mapped:
/// measured on 100k items with 4 concurrent searches, this mix beat both all-mapped (1.5–6× the searches per second)
/// and all-buffered (SimpleFS: 1.1–1.4×). Numbers in docs/performance.md ("Search", fifth run).
/// </summary>
internal static class SearchDirectory
{
    private static readonly HashSet<string> StoredFieldsFiles = ["fdt", "fdx"];

    public static global::Lucene.Net.Store.Directory Open(string path) =>
        new FileSwitchDirectory(StoredFieldsFiles, new NIOFSDirectory(path), new MMapDirectory(path), doClose: true);
}
