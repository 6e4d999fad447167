using EduHub.Core.Modules;

namespace EduHub.Search.Lucene;

internal static class Manifest
{
    public static ModuleManifest Value { get; } = new(
        Id: "EduHub.Search.Lucene",
        Name: "Search (Lucene)",
        Description: "Full-text search over published content with Armenian-aware analysis, facets and an index per node kept in step with the database.");
}
