using EduHub.Core.Data;
using EduHub.Core.Security;

namespace EduHub.Core.Contents;

/// <summary>Reads by id. An item the caller may not see is reported exactly like one that does not exist.</summary>
public sealed partial class ContentManager
{
    public Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        if (options == VersionOptions.DraftRequired)
        {
            return GetOrCreateDraftAsync(contentItemId, cancellationToken);
        }

        return sessions.ReadAsync(async session =>
        {
            var (rows, type, caller, snapshot) = await PrepareAsync(session, contentItemId, cancellationToken);
            var latest = rows.FirstOrDefault(r => r.Latest);
            var row = options switch
            {
                VersionOptions.Published => rows.FirstOrDefault(r => r.Published),
                VersionOptions.Draft => latest is { Published: false } ? latest : null,
                _ => latest,
            };
            if (row is null || type is null || !caller.May(row.Published ? ContentVerb.View : ContentVerb.Preview, type, row.Owner))
            {
                return null;
            }

            var item = await store.LoadAsync(session, row.Id, cancellationToken);
            if (item is not null)
            {
                await privateFields.ApplyAsync([item], caller, snapshot, session, cancellationToken);
            }

            return item;
        }, cancellationToken);
    }

    /// <summary>Every version of the item, oldest first (needs the right to see drafts).</summary>
    public async Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        (await ListNumberedVersionsAsync(contentItemId, cancellationToken)).Select(v => v.Item).ToList();

    /// <summary>Like <see cref="ListVersionsAsync"/>, with each version's stored number (for history pages: not its position in the list).</summary>
    public Task<IReadOnlyList<ContentVersion>> ListNumberedVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        sessions.ReadAsync(async session =>
        {
            var (rows, type, caller, snapshot) = await PrepareAsync(session, contentItemId, cancellationToken);
            var latest = rows.FirstOrDefault(r => r.Latest);
            if (latest is null || type is null || !caller.May(ContentVerb.Preview, type, latest.Owner))
            {
                return (IReadOnlyList<ContentVersion>)[];
            }

            var loaded = await store.LoadWithIdsAsync(session, rows.Select(r => r.Id).ToList(), cancellationToken);
            var versions = loaded.Select(l => l.Item).ToList();
            await privateFields.ApplyAsync(versions, caller, snapshot, session, cancellationToken);
            var numbers = rows.ToDictionary(r => r.Id, r => r.VersionNumber);
            return loaded.Select(l => new ContentVersion(numbers[l.Id], l.Item)).ToList();
        }, cancellationToken);

    private async Task<ContentItem?> GetOrCreateDraftAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var latest = await GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (latest is null || !latest.Published)
        {
            return latest;
        }

        var result = await sessions.RunAsync(
            session => UpdateCoreAsync(session, latest, new ContentSaveOptions(false, latest.ContentItemVersionId), ContentAction.Updated, cancellationToken, forceNewVersion: true),
            cancellationToken);
        return result.Item;
    }
}
