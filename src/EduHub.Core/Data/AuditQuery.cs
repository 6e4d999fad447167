namespace EduHub.Core.Data;

/// <summary>Filters of the audit log view; null or empty means "any". Dates are UTC, <see cref="ToUtc"/> exclusive.</summary>
public sealed record AuditQuery
{
    public string? UserName { get; init; }

    public string? Action { get; init; }

    public string? ContentType { get; init; }

    public string? ContentItemId { get; init; }

    public DateTime? FromUtc { get; init; }

    public DateTime? ToUtc { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}
