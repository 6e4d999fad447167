namespace EduHub.Workflows.Abstractions;

/// <summary>
/// A user's in-app notifications (review decisions, comments, reminders), newest first, for pages outside the
/// Workflows module (the partner area). Registered only while the Workflows module is on.
/// </summary>
public interface IUserNotifications
{
    Task<IReadOnlyList<UserNotification>> ListAsync(string userName, int take, CancellationToken cancellationToken);
}

/// <summary>One notification; <see cref="Id"/> grows with time, so "newer than the last one seen" is a comparison.</summary>
public sealed record UserNotification(long Id, DateTime Utc, string Subject, string Body, string? ContentItemId);
