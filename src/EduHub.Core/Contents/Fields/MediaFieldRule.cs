using EduHub.Core.Contents.Text;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

/// <summary>Media paths (relative to the media library) or https URLs; never paths that climb out of the library.</summary>
internal sealed class MediaFieldRule : IFieldRule
{
    public FieldKind Kind => FieldKind.MediaField;

    public Task ApplyAsync(FieldContext context, CancellationToken cancellationToken)
    {
        var paths = context.ReadStrings("Paths");
        _ = context.ReadStrings("MediaTexts");
        if (paths.Count == 0 && context.Required)
        {
            context.RequiredError();
        }

        if (paths.Count > 1 && !context.Settings.GetBool("Multiple"))
        {
            context.Error($"{context.Label} accepts a single file.");
        }

        foreach (var path in paths)
        {
            var isUrl = path.Contains("://", StringComparison.Ordinal);
            if (isUrl ? !WebAddress.IsValid(path, httpsOnly: true) : path.Split('/', '\\').Contains("..") || path.StartsWith('/'))
            {
                context.Error($"{context.Label}: '{path}' must be a media path or an https:// address.");
            }
        }

        return Task.CompletedTask;
    }
}
