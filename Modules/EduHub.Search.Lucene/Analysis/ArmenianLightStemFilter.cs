using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduHub.Search.Lucene.Analysis;

/// <summary>Applies <see cref="ArmenianLightStemmer"/> to tokens not marked as keywords (place names).</summary>
internal sealed class ArmenianLightStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public ArmenianLightStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_keyword.IsKeyword)
        {
            var word = _term.ToString();
            var stem = ArmenianLightStemmer.Stem(word);
            if (!ReferenceEquals(stem, word))
            {
                _term.SetEmpty().Append(stem);
            }
        }

        return true;
    }
}
