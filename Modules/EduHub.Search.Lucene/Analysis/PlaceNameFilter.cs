using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduHub.Search.Lucene.Analysis;

/// <summary>Replaces a place name by its canonical token (see <see cref="PlaceNames"/>) and shields it from stemmers.</summary>
internal sealed class PlaceNameFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public PlaceNameFilter(TokenStream input)
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

        if (PlaceNames.Find(_term.ToString()) is { } canonical)
        {
            _term.SetEmpty().Append(canonical);
            _keyword.IsKeyword = true;
        }

        return true;
    }
}
