namespace EduHub.Core.Contents;

/// <summary>One stored version of an item with the number the store gave it (1, 2, …; numbers stay when other versions are removed).</summary>
public sealed record ContentVersion(int Number, ContentItem Item);
