using EduHub.Core.Contents;

namespace EduHub.Web.Cli.Demo;

/// <summary>A generated item failed validation: a bug in the generator or a changed content model.</summary>
public sealed class DemoImportException(ContentItem item, ContentResult result, int committed) : Exception(
    $"{item.ContentType} '{item.DisplayText}' ({item.ContentItemId}) was refused ({result.Status}): "
    + string.Join(" ", result.ErrorList.Select(e => $"{e.Path}: {e.Message}").DefaultIfEmpty(result.Message ?? ""))
    + $" Its batch was rolled back; {committed} items saved before it remain.")
{
    public int Committed { get; } = committed;
}
