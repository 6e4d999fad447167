namespace EduHub.Search.Lucene.Querying;

/// <param name="Value">What to pass back as a filter (a term id, a grade, a cost, a content type).</param>
/// <param name="Label">What to show (the term's name).</param>
public sealed record FacetValue(string Value, string Label, int Count);
