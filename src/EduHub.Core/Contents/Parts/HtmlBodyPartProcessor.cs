using EduHub.Core.Contents.Text;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Parts;

internal sealed class HtmlBodyPartProcessor : IPartProcessor
{
    public string PartName => "HtmlBodyPart";

    public int Order => 20;

    public Task ProcessAsync(PartContext context, CancellationToken cancellationToken)
    {
        var html = context.Part.GetString("Html");
        if (html is not null && context.Settings("HtmlBodyPartSettings").GetBool("SanitizeHtml", fallback: true))
        {
            context.Part["Html"] = HtmlSanitizing.Sanitize(html);
        }

        return Task.CompletedTask;
    }
}
