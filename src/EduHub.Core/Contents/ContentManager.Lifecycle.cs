using EduHub.Core.Contents.Handlers;
using EduHub.Core.Data;
using EduHub.Core.Security;

namespace EduHub.Core.Contents;

/// <summary>Publishing, unpublishing, discarding, deleting, cloning and restoring.</summary>
public sealed partial class ContentManager
{
    public Task<ContentResult> PublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        sessions.RunAsync(async session =>
        {
            var (rows, type, caller, snapshot) = await PrepareAsync(session, contentItemId, cancellationToken);
            if (rows.FirstOrDefault(r => r.Latest) is not { } latest || type is null)
            {
                return ContentResult.NotFound(contentItemId);
            }

            if (!caller.May(ContentVerb.Publish, type, latest.Owner))
            {
                return ContentResult.Forbidden($"You may not publish this {type.Name}.");
            }

            var item = (await store.LoadAsync(session, latest.Id, cancellationToken))!;
            if (latest.Published)
            {
                return ContentResult.Ok(item);
            }

            var previousRow = rows.FirstOrDefault(r => r.Published);
            var previous = previousRow is null ? null : await store.LoadAsync(session, previousRow.Id, cancellationToken);
            if (await CancelReasonAsync(session, item, previous, caller, snapshot, cancellationToken) is { } reason)
            {
                return ContentResult.Canceled(reason);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            await store.ClearPublishedAsync(session, contentItemId, cancellationToken, exceptId: latest.Id);
            if (!await store.PublishAsync(session, latest.Id, now, cancellationToken))
            {
                return ContentResult.Conflict("The item was published or changed meanwhile.");
            }

            await TrimAsync(session, type, contentItemId, cancellationToken);
            await changes.RecordAsync(session, new(ContentAction.Published, contentItemId, type.Name, caller.UserName, previous?.ContentItemVersionId, item.ContentItemVersionId), cancellationToken);
            item.Published = true;
            item.PublishedUtc = now;
            var context = new ContentContext(item, previous, caller, snapshot, session);
            events.AfterCommit(session, h => h.PublishedAsync(context, cancellationToken));
            return ContentResult.Ok(item);
        }, cancellationToken);

    public Task<ContentResult> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        sessions.RunAsync(async session =>
        {
            var (rows, type, caller, snapshot) = await PrepareAsync(session, contentItemId, cancellationToken);
            if (rows.FirstOrDefault(r => r.Latest) is not { } latest || type is null)
            {
                return ContentResult.NotFound(contentItemId);
            }

            if (!caller.May(ContentVerb.Publish, type, latest.Owner))
            {
                return ContentResult.Forbidden($"You may not unpublish this {type.Name}.");
            }

            if (rows.FirstOrDefault(r => r.Published) is not { } published)
            {
                return ContentResult.Ok((await store.LoadAsync(session, latest.Id, cancellationToken))!);
            }

            await store.ClearPublishedAsync(session, contentItemId, cancellationToken);
            await TrimAsync(session, type, contentItemId, cancellationToken);
            await changes.RecordAsync(session, new(ContentAction.Unpublished, contentItemId, type.Name, caller.UserName, published.ContentItemVersionId, null), cancellationToken);
            var item = (await store.LoadAsync(session, latest.Id, cancellationToken))!;
            var context = new ContentContext(item, null, caller, snapshot, session);
            events.AfterCommit(session, h => h.UnpublishedAsync(context, cancellationToken));
            return ContentResult.Ok(item);
        }, cancellationToken);

    /// <summary>Drops the draft of a published item; the published version becomes the latest again.</summary>
    public Task<ContentResult> DiscardDraftAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        sessions.RunAsync(async session =>
        {
            var (rows, type, caller, snapshot) = await PrepareAsync(session, contentItemId, cancellationToken);
            if (rows.FirstOrDefault(r => r.Latest) is not { } latest || type is null)
            {
                return ContentResult.NotFound(contentItemId);
            }

            if (!caller.May(ContentVerb.Edit, type, latest.Owner))
            {
                return ContentResult.Forbidden($"You may not edit this {type.Name}.");
            }

            if (latest.Published || rows.FirstOrDefault(r => r.Published) is not { } published)
            {
                return ContentResult.Invalid("ContentItemVersionId", latest.Published
                    ? "There is no draft to discard."
                    : "This item has never been published: delete it instead of discarding its draft.");
            }

            var draft = (await store.LoadAsync(session, latest.Id, cancellationToken))!;
            await store.DeleteVersionAsync(session, latest.Id, cancellationToken);
            await store.SetLatestAsync(session, published.Id, cancellationToken);
            await changes.RecordAsync(session, new(ContentAction.DraftDiscarded, contentItemId, type.Name, caller.UserName, latest.ContentItemVersionId, published.ContentItemVersionId), cancellationToken);
            var item = (await store.LoadAsync(session, published.Id, cancellationToken))!;
            var context = new ContentContext(item, draft, caller, snapshot, session);
            events.AfterCommit(session, h => h.VersionedAsync(context, cancellationToken));
            return ContentResult.Ok(item);
        }, cancellationToken);

    /// <summary>Soft delete: the item disappears everywhere; its versions stay for the audit trail.</summary>
    public Task<ContentResult> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        sessions.RunAsync(async session =>
        {
            var (rows, type, caller, snapshot) = await PrepareAsync(session, contentItemId, cancellationToken);
            if (rows.FirstOrDefault(r => r.Latest) is not { } latest || type is null)
            {
                return ContentResult.NotFound(contentItemId);
            }

            if (!caller.May(ContentVerb.Delete, type, latest.Owner))
            {
                return ContentResult.Forbidden($"You may not delete this {type.Name}.");
            }

            var item = (await store.LoadAsync(session, latest.Id, cancellationToken))!;
            await store.MarkDeletedAsync(session, contentItemId, cancellationToken);
            await store.DropStaleIndexRowsAsync(session, contentItemId, cancellationToken);
            await changes.RecordAsync(session, new(ContentAction.Removed, contentItemId, type.Name, caller.UserName, latest.ContentItemVersionId, null), cancellationToken);
            lookup.Remember(session, item, removed: true);
            item.Latest = item.Published = false;
            var context = new ContentContext(item, null, caller, snapshot, session);
            events.AfterCommit(session, h => h.RemovedAsync(context, cancellationToken));
            return ContentResult.Ok(item);
        }, cancellationToken);

    /// <summary>A new draft item with the same content (new path and localization set).</summary>
    public Task<ContentResult> CloneAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        sessions.RunAsync(async session =>
        {
            var (rows, type, caller, _) = await PrepareAsync(session, contentItemId, cancellationToken);
            if (rows.FirstOrDefault(r => r.Latest) is not { } latest || type is null || !caller.May(ContentVerb.Preview, type, latest.Owner))
            {
                return ContentResult.NotFound(contentItemId);
            }

            var clone = (await store.LoadAsync(session, latest.Id, cancellationToken))!;
            clone.ContentItemId = IdGenerator.NewId();
            clone.ContentItemVersionId = IdGenerator.NewId();
            clone.Owner = caller.UserName;
            clone.CreatedUtc = clone.ModifiedUtc = clone.PublishedUtc = null;
            clone.Part("AutoroutePart")?.Remove("Path");
            clone.Part("LocalizationPart")?.Remove("LocalizationSet");
            clone.Part("AliasPart")?.Remove("Alias");
            return await CreateCoreAsync(session, clone, publish: false, ContentAction.Cloned, cancellationToken);
        }, cancellationToken);

    /// <summary>Makes an old version's content the new latest version (a draft for draftable types).</summary>
    public Task<ContentResult> RestoreAsync(string contentItemId, string contentItemVersionId, CancellationToken cancellationToken = default) =>
        sessions.RunAsync(async session =>
        {
            var rows = await store.GetRowsAsync(session, contentItemId, cancellationToken);
            if (rows.FirstOrDefault(r => r.ContentItemVersionId == contentItemVersionId) is not { } row || rows.FirstOrDefault(r => r.Latest) is not { } latest)
            {
                return ContentResult.NotFound(contentItemVersionId);
            }

            var old = (await store.LoadAsync(session, row.Id, cancellationToken))!;
            return await UpdateCoreAsync(session, old, new ContentSaveOptions(Publish: false, latest.ContentItemVersionId), ContentAction.Restored, cancellationToken);
        }, cancellationToken);

    private async Task<(IReadOnlyList<VersionRow> Rows, Metadata.ContentTypeDefinition? Type, ContentCaller Caller, Metadata.ContentDefinitionSnapshot Snapshot)> PrepareAsync(
        DbSession session, string contentItemId, CancellationToken cancellationToken)
    {
        var rows = await store.GetRowsAsync(session, contentItemId, cancellationToken);
        var snapshot = await definitions.GetAsync(session, cancellationToken);
        var type = rows.Count > 0 ? snapshot.GetType(rows[0].ContentType) : null;
        return (rows, type, await callers.GetAsync(cancellationToken), snapshot);
    }
}
