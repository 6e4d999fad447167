using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Parts;

internal sealed class PublishLaterPartProcessor : IPartProcessor
{
    public string PartName => "PublishLaterPart";

    public int Order => 20;

    public Task ProcessAsync(PartContext context, CancellationToken cancellationToken)
    {
        var text = context.Part.GetString("ScheduledPublishUtc");
        if (string.IsNullOrEmpty(text))
        {
            context.Part["ScheduledPublishUtc"] = null;
            return Task.CompletedTask;
        }

        if (!DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var due))
        {
            context.Error("ScheduledPublishUtc", $"'{text}' is not a valid ISO 8601 date and time.");
            return Task.CompletedTask;
        }

        context.Part["ScheduledPublishUtc"] = ContentItemJson.FormatDate(DateTime.SpecifyKind(due, DateTimeKind.Utc));
        return Task.CompletedTask;
    }
}
