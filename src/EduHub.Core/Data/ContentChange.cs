namespace EduHub.Core.Data;

public sealed record ContentChange(
    ContentAction Action, string ContentItemId, string ContentType, string? UserName,
    string? FromVersionId, string? ToVersionId, string? Details = null);
