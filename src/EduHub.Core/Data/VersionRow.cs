namespace EduHub.Core.Data;

/// <summary>The index row of one stored version (no document body).</summary>
public sealed record VersionRow(
    long Id,
    string ContentItemId,
    string ContentItemVersionId,
    string ContentType,
    int VersionNumber,
    bool Latest,
    bool Published,
    string? Owner,
    DateTime? CreatedUtc,
    DateTime? ModifiedUtc,
    DateTime? PublishedUtc);
