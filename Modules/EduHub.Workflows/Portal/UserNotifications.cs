using Dapper;
using EduHub.Core.Data;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Data;

namespace EduHub.Workflows.Portal;

/// <summary>The Notifications table read for other modules' pages (same rows as <c>GET /api/workflows/notifications</c>).</summary>
internal sealed class UserNotifications(Database database) : IUserNotifications
{
    public async Task<IReadOnlyList<UserNotification>> ListAsync(string userName, int take, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, object Utc, string Subject, string Body, string? ContentItemId)>(new CommandDefinition(
            "SELECT Id, Utc, Subject, Body, ContentItemId FROM Notifications WHERE UserName = @user ORDER BY Id DESC LIMIT @take",
            new { user = userName, take = Math.Clamp(take, 1, 100) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new UserNotification(r.Id, Columns.Utc(r.Utc), r.Subject, r.Body, r.ContentItemId))];
    }
}
