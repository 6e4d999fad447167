using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;

namespace EduHub.AdminTheme.Accounts;

/// <summary>
/// The content items a user can be linked to: a Partner to its PartnerOrganization, SchoolStaff to its School.
/// Read through the content manager and query service, so the caller's rights apply. When the type is not
/// defined (its feature is off) the link is not offered.
/// </summary>
public sealed class UserLinks(ContentDefinitionManager definitions, ContentQueryService queries, ContentManager contents)
{
    public const string OrganizationType = "PartnerOrganization";
    public const string SchoolType = "School";

    public sealed record Choice(string ContentItemId, string Text);

    public async Task<bool> IsDefinedAsync(string contentType, CancellationToken cancellationToken) =>
        (await definitions.GetAsync(cancellationToken)).GetType(contentType) is not null;

    /// <summary>Published items of the type by title, plus the current link even when it is not published (a pending partner).</summary>
    public async Task<IReadOnlyList<Choice>> ChoicesAsync(string contentType, string? current, CancellationToken cancellationToken)
    {
        if (!await IsDefinedAsync(contentType, cancellationToken))
        {
            return [];
        }

        var page = await queries.QueryAsync(new ContentQuery
        {
            ContentTypes = [contentType],
            Status = ContentStatus.Published,
            OrderBy = [ContentSort.By(MetadataField.DisplayText)],
            Take = ContentQueryService.MaxPageSize,
            IncludeContent = false,
        }, cancellationToken);
        var choices = page.Items.Select(i => new Choice(i.ContentItemId, Label(i))).ToList();
        if (!string.IsNullOrEmpty(current) && choices.All(c => c.ContentItemId != current))
        {
            var item = await FindAsync(contentType, current, cancellationToken);
            choices.Insert(0, new Choice(current, item is null ? current : Label(item)));
        }

        return choices;
    }

    /// <summary>The item with this id if it exists (latest version) and is of the expected type.</summary>
    public async Task<ContentItem?> FindAsync(string contentType, string contentItemId, CancellationToken cancellationToken) =>
        await contents.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken) is { } item && item.ContentType == contentType ? item : null;

    private static string Label(ContentItem item) => string.IsNullOrWhiteSpace(item.DisplayText) ? item.ContentItemId : item.DisplayText!;
}
