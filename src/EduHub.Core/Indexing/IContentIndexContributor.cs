namespace EduHub.Core.Indexing;

/// <summary>
/// Says what of a content item goes into search indexes. Feature modules implement it in their own
/// <c>Indexing/</c> folder for their own types; the search module turns the neutral
/// <see cref="ContentIndexDocument"/> into its engine's fields. Contributors of a disabled feature are skipped.
/// Private fields (people's contact data) must never be written: <see cref="ContentIndexContext.Text"/> returns
/// nothing for them.
/// </summary>
public interface IContentIndexContributor
{
    Task ContributeAsync(ContentIndexContext context, CancellationToken cancellationToken);
}
