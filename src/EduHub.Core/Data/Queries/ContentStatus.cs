namespace EduHub.Core.Data.Queries;

public enum ContentStatus
{
    Published,
    Latest,
    Draft,

    /// <summary>The latest and the published version of each item (two rows when a draft exists).</summary>
    All,

    /// <summary>Latest versions of items that have no published version (never published, or taken off line).</summary>
    Unpublished,
}
