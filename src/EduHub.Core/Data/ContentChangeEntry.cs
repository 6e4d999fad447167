namespace EduHub.Core.Data;

/// <param name="Kind">"Update" or "Delete".</param>
public sealed record ContentChangeEntry(long Id, string ContentItemId, string ContentType, string Kind);
