namespace EduHub.Search.Lucene.Querying;

/// <summary>Input the search cannot run (bad syntax, unknown index or facet, limits): answered with 400, never 500.</summary>
public sealed class SearchSyntaxException(string title, string detail) : Exception(detail)
{
    public string Title { get; } = title;
}
