using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

internal sealed class TaxonomyFieldRule : IFieldRule
{
    public FieldKind Kind => FieldKind.TaxonomyField;

    public async Task ApplyAsync(FieldContext context, CancellationToken cancellationToken)
    {
        var terms = context.ReadStrings("TermContentItemIds").Distinct(StringComparer.Ordinal).ToList();
        var taxonomyId = context.Settings.GetString("TaxonomyContentItemId");
        var given = context.ReadString("TaxonomyContentItemId");
        if (terms.Count == 0)
        {
            if (context.Required)
            {
                context.RequiredError();
            }

            return;
        }

        if (string.IsNullOrEmpty(taxonomyId))
        {
            context.Error($"{context.Label} is not linked to a taxonomy (TaxonomyFieldSettings.TaxonomyContentItemId).");
            return;
        }

        if (!string.IsNullOrEmpty(given) && given != taxonomyId)
        {
            context.Error($"{context.Label}: terms must come from taxonomy '{taxonomyId}', not '{given}'.", ContentErrorCodes.WrongType);
            return;
        }

        if (terms.Count > 1 && context.Settings.GetBool("Unique"))
        {
            context.Error($"{context.Label} accepts a single term ({terms.Count} given).");
        }

        var known = await context.Lookup.TermsOfAsync(context.Validation.Session, taxonomyId, cancellationToken);
        foreach (var term in terms.Where(t => !known.Contains(t)))
        {
            context.Error($"{context.Label}: '{term}' is not a term of this taxonomy.", ContentErrorCodes.NotFound);
        }

        context.Writable["TaxonomyContentItemId"] = taxonomyId;
        context.WriteStrings("TermContentItemIds", terms);
    }
}
