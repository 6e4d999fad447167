namespace EduHub.Core.Contents;

/// <param name="Publish">Publish the new version (non-draftable types are always published).</param>
/// <param name="ExpectedVersionId">The version the change was based on; a different latest version is a conflict.</param>
public sealed record ContentSaveOptions(bool Publish, string? ExpectedVersionId = null);
