using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Parts;

internal sealed class TitlePartProcessor : IPartProcessor
{
    public string PartName => "TitlePart";

    public int Order => 10;

    public Task ProcessAsync(PartContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings("TitlePartSettings");
        var title = context.Part.GetString("Title")?.Trim();
        if (string.IsNullOrEmpty(title) && settings.GetString("Options") is "EditableRequired" or "1")
        {
            context.Error("Title", "Title is required.", ContentErrorCodes.Required, new Dictionary<string, object> { [ContentErrorArguments.Label] = "Title" });
        }

        var max = settings.GetInt("MaxLength") ?? 512;
        if (title is not null && title.Length > max)
        {
            context.Error("Title", $"Title must be at most {max} characters.", ContentErrorCodes.TooLong,
                new Dictionary<string, object> { [ContentErrorArguments.Label] = "Title", [ContentErrorArguments.Max] = max });
        }

        context.Part["Title"] = title;
        context.Item.DisplayText = title;
        return Task.CompletedTask;
    }
}
