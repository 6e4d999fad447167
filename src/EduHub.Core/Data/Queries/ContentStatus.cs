namespace EduHub.Core.Data.Queries;

public enum ContentStatus
{
    Published,
    Latest,
    Draft,

    /// <summary>The latest and the published version of each item (two rows when a draft exists).</summary>
    All,
}
