using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

/// <summary>Markdown is stored as written; renderers disable raw HTML (Markdig passes it through otherwise).</summary>
internal sealed class MarkdownFieldRule : IFieldRule
{
    public FieldKind Kind => FieldKind.MarkdownField;

    public Task ApplyAsync(FieldContext context, CancellationToken cancellationToken)
    {
        if (context.Required && string.IsNullOrWhiteSpace(context.ReadString("Markdown")))
        {
            context.RequiredError();
        }

        return Task.CompletedTask;
    }
}
