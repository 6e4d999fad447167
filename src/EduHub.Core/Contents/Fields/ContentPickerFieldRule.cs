using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

internal sealed class ContentPickerFieldRule : IFieldRule
{
    public FieldKind Kind => FieldKind.ContentPickerField;

    public async Task ApplyAsync(FieldContext context, CancellationToken cancellationToken)
    {
        var ids = context.ReadStrings("ContentItemIds").Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            if (context.Required)
            {
                context.RequiredError();
            }

            return;
        }

        if (ids.Count > 1 && !context.Settings.GetBool("Multiple"))
        {
            context.Error($"{context.Label} accepts a single item ({ids.Count} given).");
        }

        var allowed = context.Settings.GetStrings("DisplayedContentTypes");
        var anyType = context.Settings.GetBool("DisplayAllContentTypes") || allowed.Count == 0;
        var types = await context.Lookup.TypesOfAsync(context.Validation.Session, ids, cancellationToken);
        foreach (var id in ids)
        {
            if (!types.TryGetValue(id, out var type))
            {
                context.Error($"{context.Label}: content item '{id}' does not exist.", ContentErrorCodes.NotFound);
            }
            else if (!anyType && !allowed.Contains(type))
            {
                context.Error($"{context.Label}: '{id}' is a {type}, but only {string.Join(", ", allowed)} may be picked.", ContentErrorCodes.WrongType);
            }
        }

        context.WriteStrings("ContentItemIds", ids);
    }
}
