namespace EduHub.Search.Lucene.Querying;

/// <summary>A word or a quoted phrase of the user's query; <see cref="Excluded"/> when written with a leading minus.</summary>
internal sealed record QueryPart(string Text, bool IsPhrase, bool Excluded, bool IsPrefix);
