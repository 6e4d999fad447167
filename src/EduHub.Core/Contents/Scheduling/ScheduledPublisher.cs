using Dapper;
using EduHub.Core.Data;
using EduHub.Core.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EduHub.Core.Contents.Scheduling;

/// <summary>
/// Publishes drafts whose <c>PublishLaterPart.ScheduledPublishUtc</c> is due. Safe on several nodes: the
/// publish itself only succeeds for a version that is still unpublished, so each item is published once.
/// </summary>
public sealed class ScheduledPublisher(IServiceProvider services, Database database, TimeProvider clock, ILogger<ScheduledPublisher> logger)
{
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        List<string> due;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            due = (await connection.QueryAsync<string>(new CommandDefinition(
                """
                SELECT c.ContentItemId FROM DateTimeFieldIndex f JOIN ContentItemIndex c ON c.Id = f.DocumentId
                WHERE f.ContentPart = 'PublishLaterPart' AND f.ContentField = 'ScheduledPublishUtc' AND f.Value <= @now
                  AND c.Latest = TRUE AND c.Published = FALSE AND c.Deleted = FALSE
                """,
                new { now = clock.GetUtcNow().UtcDateTime }, cancellationToken: cancellationToken))).ToList();
        }

        var published = 0;
        foreach (var id in due)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
            var result = await scope.ServiceProvider.GetRequiredService<ContentManager>().PublishAsync(id, cancellationToken);
            if (result.Succeeded)
            {
                published++;
            }
            else
            {
                logger.LogWarning("Scheduled publishing of {ContentItemId} did not happen: {Status} {Message}", id, result.Status, result.Message);
            }
        }

        return published;
    }
}
