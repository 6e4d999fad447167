using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace EduHub.Search.Lucene.Analysis;

/// <summary>
/// EduHub's analysis chains. All start with the Armenian char filter (harmless for other scripts) and the
/// standard tokenizer. Russian and English reuse the filters of Lucene's RussianAnalyzer and EnglishAnalyzer;
/// Armenian uses our own light stemmer (Lucene's Snowball Armenian stems badly, see domain.md §5).
/// Place names are made canonical before stemming in the stemmed chains.
/// </summary>
internal sealed class SearchAnalyzer(AnalyzerKind kind) : Analyzer
{
    public const int MinGram = 2;
    public const int MaxGram = 20;

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public AnalyzerKind Kind { get; } = kind;

    protected override TextReader InitReader(string fieldName, TextReader reader) => ArmenianCharMap.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, tokenizer);
        switch (Kind)
        {
            case AnalyzerKind.Armenian:
                stream = new LowerCaseFilter(Version, stream);
                stream = new StopFilter(Version, stream, StopWords.Armenian);
                stream = new PlaceNameFilter(stream);
                stream = new ArmenianLightStemFilter(stream);
                break;
            case AnalyzerKind.Russian:
                stream = new LowerCaseFilter(Version, stream);
                stream = new StopFilter(Version, stream, StopWords.Russian);
                stream = new PlaceNameFilter(stream);
                stream = new SnowballFilter(stream, new RussianStemmer());
                break;
            case AnalyzerKind.English:
                stream = new EnglishPossessiveFilter(Version, stream);
                stream = new LowerCaseFilter(Version, stream);
                stream = new StopFilter(Version, stream, StopWords.English);
                stream = new PlaceNameFilter(stream);
                stream = new PorterStemFilter(stream);
                break;
            case AnalyzerKind.Prefix:
                stream = new LowerCaseFilter(Version, stream);
                stream = new StopFilter(Version, stream, StopWords.All);
                stream = new EdgeNGramTokenFilter(Version, stream, MinGram, MaxGram);
                break;
            default:
                stream = new LowerCaseFilter(Version, stream);
                stream = new StopFilter(Version, stream, StopWords.All);
                break;
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The terms <paramref name="text"/> becomes in this chain (tests, query building).</summary>
    public IReadOnlyList<string> Terms(string text, string fieldName = "text")
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(fieldName, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
