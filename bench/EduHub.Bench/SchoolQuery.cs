using System.Data.Common;
using Dapper;
using EduHub.Core.Data;
using EduHub.Core.Data.Queries;

namespace EduHub.Bench;

/// <summary>
/// The measured page: published Schools in one region with more than 100 pupils, most pupils first, 20 per page,
/// as an anonymous visitor asks for it. <see cref="RawAsync"/> runs the SQL that ContentSqlBuilder produces for
/// this query (same joins, EXISTS filters, access predicate, ORDER BY and LIMIT), then loads the page's documents.
/// </summary>
internal sealed class SchoolQuery(string regionTermId, SqlDialect dialect)
{
    private const int MinimumPupils = 100;
    private const int PageSize = 20;

    public ContentQuery Engine { get; } = new()
    {
        ContentTypes = ["School"],
        Where = ContentFilter.And(
            new FieldFilter("School", "Region", FilterOperator.Equals, regionTermId),
            new FieldFilter("School", "Pupils", FilterOperator.GreaterThan, MinimumPupils)),
        OrderBy = [ContentSort.ByField("School", "Pupils", descending: true)],
        Take = PageSize,
    };

    public string PageSql => $"""
        SELECT c.Id, s0.Value AS k0 FROM {From}
        WHERE c.Deleted = FALSE AND c.Published = TRUE AND {dialect.In("c.ContentType", "@types")}
          AND ((c.Published = TRUE AND ({dialect.In("c.ContentType", "@types")})) OR (c.Published = FALSE AND 1 = 0))
          AND (EXISTS (SELECT 1 FROM TaxonomyFieldIndex f WHERE f.DocumentId = c.Id AND f.ContentType = @type AND f.ContentPart = @part AND f.ContentField = @region AND f.TermContentItemId = @term)
           AND EXISTS (SELECT 1 FROM NumericFieldIndex f WHERE f.DocumentId = c.Id AND f.ContentType = @type AND f.ContentPart = @part AND f.ContentField = @pupils AND f.Value > @minimum))
        ORDER BY s0.Value DESC NULLS LAST, c.Id ASC LIMIT @take OFFSET @skip
        """;

    /// <summary>The same FROM as ContentSqlBuilder: on SQLite the sort field's table drives the loop (CROSS JOIN).</summary>
    private string From => dialect.Provider == DatabaseProvider.Sqlite
        ? "NumericFieldIndex s0 CROSS JOIN ContentItemIndex c ON s0.DocumentId = c.Id AND s0.ContentType = @type AND s0.ContentPart = @part AND s0.ContentField = @pupils"
        : "ContentItemIndex c JOIN NumericFieldIndex s0 ON s0.DocumentId = c.Id AND s0.ContentType = @type AND s0.ContentPart = @part AND s0.ContentField = @pupils";

    public string DocumentsSql => $"""
        SELECT c.Id, c.ContentItemId, c.ContentItemVersionId, c.ContentType, c.VersionNumber, c.Latest, c.Published, c.Owner, c.CreatedUtc,
            c.ModifiedUtc, c.PublishedUtc, c.DisplayText, c.Author, d.Content
        FROM ContentItemIndex c JOIN ContentDocuments d ON d.Id = c.Id WHERE {dialect.In("c.Id", "@ids")}
        """;

    /// <returns>The page's ContentItemIds in order.</returns>
    public async Task<List<string>> RawAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var keys = await connection.QueryAsync<(long Id, double? Pupils)>(new CommandDefinition(PageSql, new
        {
            type = "School", part = "School", pupils = "Pupils", region = "Region", term = regionTermId,
            types = new[] { "School" }, minimum = (double)MinimumPupils, take = PageSize + 1, skip = 0,
        }, cancellationToken: cancellationToken));
        var ids = keys.Take(PageSize).Select(k => k.Id).ToArray();
        var documents = new Dictionary<long, (string ContentItemId, string Content)>(ids.Length);
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(DocumentsSql, new { ids }, cancellationToken: cancellationToken)))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                documents[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(13));
            }
        }

        return ids.Where(documents.ContainsKey).Select(id => documents[id].ContentItemId).ToList();
    }
}
