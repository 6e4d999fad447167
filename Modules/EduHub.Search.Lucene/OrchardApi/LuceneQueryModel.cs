namespace EduHub.Search.Lucene.OrchardApi;

/// <summary>Orchard Core's <c>LuceneQueryModel</c>: the index, the JSON query and its parameters (JSON object).</summary>
internal sealed record LuceneQueryModel(string? IndexName, string? Query, string? Parameters);
