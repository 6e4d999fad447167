using EduHub.Search.Lucene.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace EduHub.Search.Lucene.Analysis;

/// <summary>The analyzer of each field: one shared, thread-safe set.</summary>
internal static class SearchAnalyzers
{
    public static SearchAnalyzer Plain { get; } = new(AnalyzerKind.Plain);

    public static SearchAnalyzer Prefix { get; } = new(AnalyzerKind.Prefix);

    public static SearchAnalyzer Armenian { get; } = new(AnalyzerKind.Armenian);

    public static SearchAnalyzer Russian { get; } = new(AnalyzerKind.Russian);

    public static SearchAnalyzer English { get; } = new(AnalyzerKind.English);

    /// <summary>Index-time analysis: named text fields (Orchard-style <c>Platform.Summary</c>) use the plain chain.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Plain, new Dictionary<string, Analyzer>
    {
        [SearchFields.Prefix] = Prefix,
        [SearchFields.Suggest] = Prefix,
        [SearchFields.Stem("hy")] = Armenian,
        [SearchFields.Stem("ru")] = Russian,
        [SearchFields.Stem("en")] = English,
    });

    public static SearchAnalyzer ForCulture(string culture) => culture switch
    {
        "ru" => Russian,
        "en" => English,
        _ => Armenian,
    };

    /// <summary>Orchard Core's analyzer names (profiles may name one); ours for "armenian", "standard" and the default.</summary>
    public static bool IsKnown(string? name) => name is null or "" or "standard" or "standardanalyzer" or "armenian" or "eduhub" or "russian" or "english" or "plain";
}
