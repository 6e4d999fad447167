using EduHub.Core.Indexing;

namespace EduHub.News.Indexing;

/// <summary>Announcements are found by title, body (HtmlBodyPart, indexed by Core) and tags.</summary>
internal sealed class AnnouncementIndexContributor : IContentIndexContributor
{
    public Task ContributeAsync(ContentIndexContext context, CancellationToken cancellationToken)
    {
        if (context.Item.ContentType == "Announcement")
        {
            context.AddMultiTextField("Announcement", "Tags");
        }

        return Task.CompletedTask;
    }
}
