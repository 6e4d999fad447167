using System.Text.Json.Nodes;
using EduHub.Core.Contents.Handlers;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Core.Contents;

/// <summary>
/// The only way content changes. Every entry point (REST, GraphQL, recipes, workflows, admin) calls it,
/// so versions, validation, permissions, handlers, audit and indexing tasks are the same for all.
/// Invariants: one latest version per item, at most one published; editing a published draftable item
/// adds a draft beside the live version; a change based on a stale version is a conflict.
/// </summary>
public sealed partial class ContentManager(
    DbSessionScope sessions,
    ContentStore store,
    ContentChangeLog changes,
    ContentDefinitionManager definitions,
    ContentValidation validation,
    ContentEvents events,
    ContentCallerAccessor callers,
    ContentLookup lookup,
    PrivateFieldGuard privateFields,
    TimeProvider clock)
{
    /// <summary>A new, unsaved item of the type with field defaults filled in; null for an unknown type.</summary>
    public async Task<ContentItem?> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        if (snapshot.GetType(contentType) is null)
        {
            return null;
        }

        var caller = await callers.GetAsync(cancellationToken);
        var item = new ContentItem
        {
            ContentItemId = IdGenerator.NewId(),
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = contentType,
            Owner = caller.UserName,
            Author = caller.UserName,
        };
        FieldDefaults.Apply(item, snapshot);
        return item;
    }

    public Task<ContentResult> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default) =>
        sessions.RunAsync(session => CreateCoreAsync(session, item, publish, ContentAction.Created, cancellationToken), cancellationToken);

    public Task<ContentResult> UpdateAsync(ContentItem item, ContentSaveOptions options, CancellationToken cancellationToken = default) =>
        sessions.RunAsync(session => UpdateCoreAsync(session, item, options, ContentAction.Updated, cancellationToken), cancellationToken);

    /// <summary>Creates the item, or updates it when its id exists (recipes and the REST API). Unchanged content writes nothing.</summary>
    public Task<ContentResult> UpsertAsync(ContentItem item, ContentSaveOptions options, CancellationToken cancellationToken = default) =>
        sessions.RunAsync(async session =>
        {
            var exists = IdGenerator.IsValid(item.ContentItemId) && (await store.GetRowsAsync(session, item.ContentItemId, cancellationToken)).Count > 0;
            return exists
                ? await UpdateCoreAsync(session, item, options, ContentAction.Updated, cancellationToken)
                : await CreateCoreAsync(session, item, options.Publish, ContentAction.Created, cancellationToken);
        }, cancellationToken);

    private async Task<ContentResult> CreateCoreAsync(DbSession session, ContentItem input, bool publish, ContentAction action, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(session, cancellationToken);
        if (snapshot.GetType(input.ContentType) is not { } type)
        {
            return ContentResult.Invalid("ContentType", $"'{input.ContentType}' is not a content type.");
        }

        var caller = await callers.GetAsync(cancellationToken);
        var owner = caller.IsSystem ? input.Owner ?? caller.UserName : caller.UserName;
        publish |= !type.TypeSettings.Draftable;
        if (!caller.May(ContentVerb.Edit, type, owner) || (publish && !caller.May(ContentVerb.Publish, type, owner)))
        {
            return ContentResult.Forbidden($"You may not {(publish ? "publish" : "create")} {type.Name} items.");
        }

        if (!string.IsNullOrEmpty(input.ContentItemId) && !IdGenerator.IsValid(input.ContentItemId))
        {
            return ContentResult.Invalid("ContentItemId", "ContentItemId must be 26 characters of a-z and 0-9.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var item = input.Clone();
        item.ContentItemId = IdGenerator.IsValid(input.ContentItemId) ? input.ContentItemId : IdGenerator.NewId();
        item.ContentItemVersionId = await FreshVersionIdAsync(session, input.ContentItemVersionId, cancellationToken);
        item.Owner = owner;
        item.Author = caller.IsSystem ? input.Author ?? owner : caller.UserName;
        item.CreatedUtc = caller.IsSystem ? input.CreatedUtc ?? now : now;
        item.ModifiedUtc = caller.IsSystem ? input.ModifiedUtc ?? now : now;
        item.Latest = true;
        item.Published = publish;
        item.PublishedUtc = publish ? (caller.IsSystem ? input.PublishedUtc ?? now : now) : null;
        FieldDefaults.Apply(item, snapshot);

        var context = new ValidateContentContext(item, null, caller, snapshot, session);
        await validation.ValidateAsync(context, cancellationToken);
        if (context.Errors.Count > 0)
        {
            return ContentResult.Invalid(context.Errors);
        }

        await events.InvokeAsync(session, h => h.CreatingAsync(context, cancellationToken));
        if (publish && await CancelReasonAsync(session, item, null, caller, snapshot, cancellationToken) is { } reason)
        {
            return ContentResult.Canceled(reason);
        }

        await store.InsertAsync(session, item, 1, snapshot, cancellationToken);
        await changes.RecordAsync(session, new(action, item.ContentItemId, item.ContentType, caller.UserName, null, item.ContentItemVersionId, publish ? "published" : "draft"), cancellationToken);
        lookup.Remember(session, item);
        events.AfterCommit(session, h => h.CreatedAsync(context, cancellationToken));
        if (publish)
        {
            events.AfterCommit(session, h => h.PublishedAsync(context, cancellationToken));
        }

        return ContentResult.Ok(item);
    }

    private async Task<ContentResult> UpdateCoreAsync(DbSession session, ContentItem input, ContentSaveOptions options, ContentAction action, CancellationToken cancellationToken, bool forceNewVersion = false)
    {
        var rows = await store.GetRowsAsync(session, input.ContentItemId, cancellationToken);
        if (rows.FirstOrDefault(r => r.Latest) is not { } latest)
        {
            return ContentResult.NotFound(input.ContentItemId);
        }

        var snapshot = await definitions.GetAsync(session, cancellationToken);
        if (snapshot.GetType(latest.ContentType) is not { } type)
        {
            return ContentResult.Invalid("ContentType", $"'{latest.ContentType}' is no longer a content type.");
        }

        if (!string.IsNullOrEmpty(input.ContentType) && input.ContentType != latest.ContentType)
        {
            return ContentResult.Invalid("ContentType", $"The content type of an item cannot change ({latest.ContentType} → {input.ContentType}).");
        }

        var caller = await callers.GetAsync(cancellationToken);
        var publish = options.Publish || !type.TypeSettings.Draftable;
        if (!caller.May(ContentVerb.Edit, type, latest.Owner) || (publish && !caller.May(ContentVerb.Publish, type, latest.Owner)))
        {
            return ContentResult.Forbidden($"You may not {(publish ? "publish" : "edit")} this {type.Name}.");
        }

        if (options.ExpectedVersionId is { Length: > 0 } expected && expected != latest.ContentItemVersionId)
        {
            return StaleVersion(expected, latest.ContentItemVersionId);
        }

        var previous = await store.LoadAsync(session, latest.Id, cancellationToken) ?? throw new InvalidOperationException("Version row without document.");
        var now = clock.GetUtcNow().UtcDateTime;
        var item = new ContentItem
        {
            ContentItemId = latest.ContentItemId,
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = latest.ContentType,
            DisplayText = input.DisplayText ?? previous.DisplayText,
            Owner = previous.Owner,
            Author = caller.IsSystem ? input.Author ?? previous.Author : caller.UserName,
            CreatedUtc = previous.CreatedUtc,
            ModifiedUtc = now,
            Latest = true,
            Published = publish,
            PublishedUtc = publish ? now : null,
            Content = (JsonObject)input.Content.DeepClone(),
        };

        await privateFields.KeepHiddenValuesAsync(item, previous, caller, snapshot, session, cancellationToken);
        var context = new ValidateContentContext(item, previous, caller, snapshot, session);
        await validation.ValidateAsync(context, cancellationToken);
        if (context.Errors.Count > 0)
        {
            return ContentResult.Invalid(context.Errors);
        }

        if (!forceNewVersion && action != ContentAction.Restored && (!publish || latest.Published) && previous.DisplayText == item.DisplayText
            && JsonNode.DeepEquals(previous.Content, item.Content))
        {
            return ContentResult.Ok(previous);
        }

        await events.InvokeAsync(session, h => h.UpdatingAsync(context, cancellationToken));
        if (publish && await CancelReasonAsync(session, item, previous, caller, snapshot, cancellationToken) is { } reason)
        {
            return ContentResult.Canceled(reason);
        }

        if (!await store.ClearLatestAsync(session, item.ContentItemId, latest.ContentItemVersionId, cancellationToken))
        {
            return StaleVersion(latest.ContentItemVersionId, "(changed meanwhile)");
        }

        if (publish)
        {
            await store.ClearPublishedAsync(session, item.ContentItemId, cancellationToken);
        }

        await store.InsertAsync(session, item, rows.Max(r => r.VersionNumber) + 1, snapshot, cancellationToken);
        await TrimAsync(session, type, item.ContentItemId, cancellationToken);
        await changes.RecordAsync(session, new(action, item.ContentItemId, item.ContentType, caller.UserName, previous.ContentItemVersionId, item.ContentItemVersionId, publish ? "published" : "draft"), cancellationToken);
        lookup.Remember(session, item);
        events.AfterCommit(session, h => action == ContentAction.Restored ? h.RestoredAsync(context, cancellationToken) : h.UpdatedAsync(context, cancellationToken));
        events.AfterCommit(session, h => h.VersionedAsync(context, cancellationToken));
        if (publish)
        {
            events.AfterCommit(session, h => h.PublishedAsync(context, cancellationToken));
        }

        return ContentResult.Ok(item);
    }

    private async Task<string?> CancelReasonAsync(DbSession session, ContentItem item, ContentItem? previous, ContentCaller caller, ContentDefinitionSnapshot snapshot, CancellationToken cancellationToken)
    {
        var publishing = new PublishContentContext(item, previous, caller, snapshot, session);
        await events.InvokeAsync(session, h => h.PublishingAsync(publishing, cancellationToken));
        return publishing.CancelReason;
    }

    /// <summary>Versionable types keep their history (without field index rows); others keep only live versions.</summary>
    private async Task TrimAsync(DbSession session, ContentTypeDefinition type, string contentItemId, CancellationToken cancellationToken)
    {
        if (type.TypeSettings.Versionable)
        {
            await store.DropStaleIndexRowsAsync(session, contentItemId, cancellationToken);
        }
        else
        {
            await store.PruneHistoryAsync(session, contentItemId, cancellationToken);
        }
    }

    private async Task<string> FreshVersionIdAsync(DbSession session, string? wanted, CancellationToken cancellationToken)
    {
        if (!IdGenerator.IsValid(wanted))
        {
            return IdGenerator.NewId();
        }

        var taken = await Dapper.SqlMapper.ExecuteScalarAsync<long>(session.Connection, new Dapper.CommandDefinition(
            "SELECT COUNT(*) FROM ContentItemIndex WHERE ContentItemVersionId = @wanted", new { wanted }, session.Transaction, cancellationToken: cancellationToken));
        return taken == 0 ? wanted! : IdGenerator.NewId();
    }

    private static ContentResult StaleVersion(string basedOn, string current) => ContentResult.Conflict(
        $"Someone else changed this item: your change is based on version {basedOn}, the latest is {current}. Reload it and apply your change again.");
}
