namespace EduHub.Core.Contents;

/// <summary>A problem with one value. <see cref="Path"/> is "Part.Field" (e.g. "Platform.Website").</summary>
public sealed record ContentError(string Path, string Message, string Code = ContentErrorCodes.Invalid);
