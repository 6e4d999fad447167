namespace EduHub.SearchBench;

/// <summary>The ways each query is run on the same index (see docs/performance.md, "Search").</summary>
internal enum Variant
{
    /// <summary>Our API's search path: SearchService's parse, query, filter, facets, stored fields, highlights.</summary>
    Ours,

    /// <summary>The same job written by hand on Lucene.NET, without highlights (the goal's baseline).</summary>
    Raw,

    /// <summary>One query on the plain field, no filter, no facets (context only, a fraction of the work).</summary>
    Narrow,

    /// <summary>Ours without highlights (allocation breakdown only, not timed).</summary>
    OursWithoutHighlights,
}
