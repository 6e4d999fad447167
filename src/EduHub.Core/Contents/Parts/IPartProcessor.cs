namespace EduHub.Core.Contents.Parts;

/// <summary>Validates and fills a built-in part on save (titles feed DisplayText, slugs get generated, ...).</summary>
public interface IPartProcessor
{
    string PartName { get; }

    /// <summary>Lower runs first (localization before autoroute, which needs the culture).</summary>
    int Order { get; }

    Task ProcessAsync(PartContext context, CancellationToken cancellationToken);
}
