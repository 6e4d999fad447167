using EduHub.Core.Contents.Text;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

internal sealed class HtmlFieldRule : IFieldRule
{
    public FieldKind Kind => FieldKind.HtmlField;

    public Task ApplyAsync(FieldContext context, CancellationToken cancellationToken)
    {
        var html = context.ReadString("Html");
        if (html is not null && context.Settings.GetBool("SanitizeHtml", fallback: true))
        {
            html = HtmlSanitizing.Sanitize(html);
            context.Writable["Html"] = html;
        }

        if (context.Required && string.IsNullOrWhiteSpace(html))
        {
            context.RequiredError();
        }

        return Task.CompletedTask;
    }
}
