namespace EduHub.Core.Metadata;

/// <summary>One saved version of the content definitions.</summary>
public sealed record DefinitionVersion(long Version, DateTime CreatedUtc, string? Author);
