namespace EduHub.Core.Data;

public sealed record AuditEntry(
    long Id, DateTime Utc, string? UserName, string Action, string? ContentItemId, string? ContentType,
    string? FromVersionId, string? ToVersionId, string? Details);
