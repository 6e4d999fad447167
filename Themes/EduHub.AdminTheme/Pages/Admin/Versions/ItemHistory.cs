using EduHub.Core.Contents;

namespace EduHub.AdminTheme.Pages.Admin.Versions;

/// <summary>Loads every version of an item for the history pages, telling "no such item" from "you may not see its history".</summary>
internal static class ItemHistory
{
    /// <returns>
    /// The versions with their stored numbers, oldest first; empty with <c>Forbidden</c> when the caller sees the published item but
    /// not its history.
    /// </returns>
    public static async Task<(IReadOnlyList<ContentVersion> Versions, bool Forbidden)> LoadAsync(ContentManager content, string id, CancellationToken cancellationToken)
    {
        if (!IdGenerator.IsValid(id))
        {
            return ([], false);
        }

        var versions = await content.ListNumberedVersionsAsync(id, cancellationToken);
        if (versions.Count > 0)
        {
            return (versions, false);
        }

        return ([], await content.GetAsync(id, VersionOptions.Published, cancellationToken) is not null);
    }
}
