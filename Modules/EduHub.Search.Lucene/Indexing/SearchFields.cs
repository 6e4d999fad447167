namespace EduHub.Search.Lucene.Indexing;

/// <summary>Field names of EduHub's Lucene documents (see docs/search.md).</summary>
internal static class SearchFields
{
    public const string Id = "ContentItemId";
    public const string Type = "ContentType";
    public const string Culture = "Culture";
    public const string Owner = "Owner";
    public const string Published = "Published";
    public const string DisplayText = "DisplayText";

    /// <summary>Title words, plain analysis (boosted at query time).</summary>
    public const string Title = "title";

    /// <summary>Every text, plain analysis (folded, lower-cased, no stemming).</summary>
    public const string Text = "text";

    /// <summary>Every text, leading n-grams.</summary>
    public const string Prefix = "prefix";

    /// <summary>Title, leading n-grams (suggestions).</summary>
    public const string Suggest = "suggest";

    /// <summary>Stored text for highlights (not indexed).</summary>
    public const string Body = "body";

    public const string StemPrefix = "stem.";

    /// <summary>
    /// Word pairs (plain analysis, "first second") at adjacent positions of <see cref="Text"/> or <see cref="Title"/>:
    /// a non-scoring filter that lets a quoted phrase walk short postings (docs only, no norms).
    /// </summary>
    public const string Pairs = "pairs";

    /// <summary>Word pairs of the stemmed field of a culture: <c>pairs.en</c>.</summary>
    public const string StemPairsPrefix = "pairs.";

    public const char PairSeparator = ' ';

    /// <summary>Doc values for sorting (folded display text; modified time in ticks).</summary>
    public const string SortDisplayText = "sort.displayText";
    public const string SortModified = "sort.modified";

    /// <summary>Keyword values for filters: <c>k.region</c>.</summary>
    public const string KeywordPrefix = "k.";

    /// <summary>Doc values "value\u001flabel" for facet counts: <c>f.region</c>.</summary>
    public const string FacetPrefix = "f.";

    public const char LabelSeparator = '\u001f';

    public static readonly string[] Cultures = ["hy", "ru", "en"];

    /// <summary>The facets the search API offers (contentType plus the keywords feature modules write).</summary>
    public static readonly string[] Facets = ["contentType", "region", "subject", "grade", "language", "cost", "accessChannel"];

    public static string Stem(string culture) => StemPrefix + culture;

    public static string StemPairs(string culture) => StemPairsPrefix + culture;

    public static string Pair(string first, string second) => first + PairSeparator + second;

    public static string Keyword(string name) => KeywordPrefix + name;

    public static string Facet(string name) => FacetPrefix + name;
}
