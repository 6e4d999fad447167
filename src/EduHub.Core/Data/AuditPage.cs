namespace EduHub.Core.Data;

/// <summary>One page of audit entries, newest first, and how many entries match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long Total);
