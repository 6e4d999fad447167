using EduHub.Core.Contents.Text;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

internal sealed class LinkFieldRule : IFieldRule
{
    public FieldKind Kind => FieldKind.LinkField;

    public Task ApplyAsync(FieldContext context, CancellationToken cancellationToken)
    {
        var url = context.ReadString("Url")?.Trim();
        _ = context.ReadString("Text");
        _ = context.ReadString("Target");
        if (string.IsNullOrEmpty(url))
        {
            if (context.Required)
            {
                context.RequiredError();
            }

            return Task.CompletedTask;
        }

        var httpsOnly = context.Settings.GetBool("HttpsOnly");
        if (!WebAddress.IsValid(url, httpsOnly))
        {
            context.Error(httpsOnly
                ? $"{context.Label} must be an https:// address ('{url}' is not)."
                : $"{context.Label} must be an http:// or https:// address ('{url}' is not).");
        }

        context.Writable["Url"] = url;
        return Task.CompletedTask;
    }
}
