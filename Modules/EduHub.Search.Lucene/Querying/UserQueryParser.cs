namespace EduHub.Search.Lucene.Querying;

/// <summary>
/// The search box's small grammar: words (all required), "quoted phrases", <c>-word</c> to exclude, and
/// <c>word*</c> for an explicit prefix. Anything else is a word; an unclosed quote or a lone operator is an error.
/// </summary>
internal static class UserQueryParser
{
    public const int MaxLength = 256;

    public static IReadOnlyList<QueryPart> Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        if (query.Length > MaxLength)
        {
            throw new SearchSyntaxException("Query too long", $"The query has {query.Length} characters; at most {MaxLength} are allowed.");
        }

        var parts = new List<QueryPart>();
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i]))
            {
                i++;
                continue;
            }

            var excluded = false;
            if (query[i] == '-')
            {
                excluded = true;
                i++;
                if (i >= query.Length || char.IsWhiteSpace(query[i]))
                {
                    throw new SearchSyntaxException("Invalid query syntax", "A '-' must be followed by the word or \"phrase\" to exclude.");
                }
            }

            if (query[i] is '"' or '«' or '“')
            {
                var close = query[i] switch { '«' => '»', '“' => '”', _ => '"' };
                var end = query.IndexOf(close, i + 1);
                if (end < 0)
                {
                    throw new SearchSyntaxException("Invalid query syntax", $"The phrase starting at character {i + 1} has no closing quote.");
                }

                var phrase = query[(i + 1)..end].Trim();
                if (phrase.Length == 0)
                {
                    throw new SearchSyntaxException("Invalid query syntax", "An empty phrase (\"\") cannot be searched.");
                }

                parts.Add(new QueryPart(phrase, IsPhrase: true, excluded, IsPrefix: false));
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"')
            {
                i++;
            }

            var word = query[start..i];
            var prefix = word.EndsWith('*');
            word = word.TrimEnd('*');
            if (word.Length == 0)
            {
                throw new SearchSyntaxException("Invalid query syntax", "A '*' must follow the beginning of a word, e.g. մաթեմ*.");
            }

            parts.Add(new QueryPart(word, IsPhrase: false, excluded, prefix));
        }

        if (parts.Count > 0 && parts.All(p => p.Excluded))
        {
            throw new SearchSyntaxException("Invalid query syntax", "A query needs at least one word that is not excluded.");
        }

        return parts;
    }
}
