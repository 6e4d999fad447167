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

    public IEnumerable<Permission> GetPermissions(ContentDefinitionSnapshot definitions) =>
    [
        new(ManageSearchIndexes, "See search index status and rebuild indexes", "Search"),
        new(QueryLuceneApi, "Query search indexes through the Lucene API", "Search"),
    ];
}
