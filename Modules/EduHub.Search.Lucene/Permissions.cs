using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Search.Lucene;

/// <summary>The search module's permissions (site owners have them all).</summary>
public sealed class Permissions : IPermissionProvider
{
    /// <summary>See index status and rebuild indexes.</summary>
    public const string ManageSearchIndexes = "ManageSearchIndexes";

    /// <summary>Orchard Core's name: query indexes through <c>/api/lucene/*</c> (results still only what the caller may see).</summary>
    public const string QueryLuceneApi = "QueryLuceneApi";

    /// <summary>Orchard Core's per-index permission: query one index through <c>/api/lucene/*</c>.</summary>
    public static string QueryIndex(string indexName) => $"QueryLucene{indexName}Index";

    public IEnumerable<Permission> GetPermissions(ContentDefinitionSnapshot definitions) =>
    [
        new(ManageSearchIndexes, "See search index status and rebuild indexes", "Search"),
        new(QueryLuceneApi, "Query every search index through the Lucene API", "Search"),
        new(QueryIndex(Querying.SearchService.DefaultIndex), $"Query the '{Querying.SearchService.DefaultIndex}' index through the Lucene API", "Search"),
    ];
}
